terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

variable "dr_region" {
  type = string
}

locals {
  region = var.dr_region
}

# The region comes from var.dr_region through a local; --var in args gives it a value.
provider "aws" {
  region = local.region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
