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

# var.region has no default, and its value comes from the environment, TF_VAR_region (see
# env), as for Terraform: the region is known, and in the DR region.
provider "aws" {
  region = var.region
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
