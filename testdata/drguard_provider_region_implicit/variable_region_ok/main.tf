terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "region" {
  type = string
}

# It has a region argument: not this rule, even though the value is unknown.
provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
