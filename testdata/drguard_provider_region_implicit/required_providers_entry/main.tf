terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

# Only the primary alias has a block; the default configuration used below has none.
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}

resource "aws_sqs_queue" "jobs" {
  name = "dr-jobs"
}
