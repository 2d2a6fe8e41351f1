terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

# No region: it comes from AWS_REGION or the profile.
provider "aws" {}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
