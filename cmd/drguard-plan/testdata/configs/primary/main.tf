# The primary region's configuration. generate.sh applies it first, so that the DR fixtures
# can read its state through their terraform_remote_state data bridge.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "data" {
  bucket = "primary-data"
}

output "bucket" {
  value = aws_s3_bucket.data.bucket
}
