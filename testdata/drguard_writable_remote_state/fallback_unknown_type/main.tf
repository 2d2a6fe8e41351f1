provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

locals {
  primary_vpc_id = data.terraform_remote_state.primary_vpc.outputs.vpc_id
}

# Types the sink table does not list fall back to sink arguments by name: vpc_id is one.
resource "aws_lb_target_group" "dr" {
  name     = "dr-app"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = local.primary_vpc_id
}

resource "aws_flow_log" "primary_vpc" {
  vpc_id          = local.primary_vpc_id
  traffic_type    = "ALL"
  log_destination = "arn:aws:s3:::dr-flow-logs"
}

# Arguments not in the fallback list are not sinks, whatever the type.
resource "aws_cloudwatch_metric_alarm" "primary_vpc" {
  alarm_name          = "primary-vpc-${local.primary_vpc_id}"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "PacketsDropped"
  namespace           = "AWS/EC2"
  period              = 60
  threshold           = 0
  dimensions = {
    VpcId = local.primary_vpc_id
  }
}
