terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.src]
    }
  }
}

data "aws_s3_bucket" "source" {
  provider = aws.src
  bucket   = "primary-data"
}

resource "aws_s3_bucket" "archive" {
  bucket = "dr-archive"
}
