variable "cluster_id" {
  type = string
}

resource "aws_sns_topic" "alarms" {
  name = "${var.cluster_id}-alarms"
}

resource "aws_cloudwatch_metric_alarm" "replica_lag" {
  alarm_name          = "${var.cluster_id}-replica-lag"
  namespace           = "AWS/RDS"
  metric_name         = "AuroraGlobalDBReplicationLag"
  comparison_operator = "GreaterThanThreshold"
  threshold           = 60000
  evaluation_periods  = 3
  period              = 60
  statistic           = "Average"
  dimensions          = { DBClusterIdentifier = var.cluster_id }
  alarm_actions       = [aws_sns_topic.alarms.arn]
}
