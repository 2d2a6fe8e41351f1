# A reusable child module, linted on its own by tflint --recursive: its callers hand it the
# default aws configuration and aws.primary.
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary]
    }
  }
}

resource "aws_sqs_queue" "events" {
  name = "events"
}

data "aws_vpc" "primary" {
  provider = aws.primary
}
