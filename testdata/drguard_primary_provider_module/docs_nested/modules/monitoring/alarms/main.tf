variable "topic_arn" {
  type = string
}

resource "aws_cloudwatch_metric_alarm" "api_errors" {
  alarm_name          = "primary-api-errors"
  namespace           = "AWS/ApiGateway"
  metric_name         = "5XXError"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  alarm_actions       = [var.topic_arn]
}
