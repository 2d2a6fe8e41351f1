# A legacy module whose own provider configuration takes its region from the caller.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "region" {
  type = string
}

provider "aws" {
  region = var.region
}

resource "aws_sqs_queue" "legacy" {
  name = "legacy"
}

resource "aws_iam_role" "legacy" {
  name = "legacy"
}
