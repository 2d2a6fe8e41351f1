# A reusable module: no backend and no provider block, its caller hands it the aws
# configuration. Linted on its own, it must not be told to add a provider block.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "name" {
  type = string
}

resource "aws_sqs_queue" "this" {
  name = var.name
}
