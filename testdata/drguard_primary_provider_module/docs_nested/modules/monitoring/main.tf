terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.observed]
    }
  }
}

resource "aws_sns_topic" "alerts" {
  name = "dr-alerts"
}

module "alarms" {
  source = "./alarms"
  providers = {
    aws = aws.observed
  }
  topic_arn = aws_sns_topic.alerts.arn
}
