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

# var.region has no default and no value (a forgotten --var-file): drguard checks nothing about
# where this configuration writes, and says so.
provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
