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

# var.region has no default, and its value comes from --var-file=dr.tfvars (see args): the
# region is known, and in the DR region.
provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
