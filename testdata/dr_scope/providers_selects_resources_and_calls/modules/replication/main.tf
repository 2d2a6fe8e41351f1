terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.secondary]
    }
  }
}

resource "aws_s3_bucket" "source" {
  bucket_prefix = "repl-src-"
}

resource "aws_s3_bucket" "destination" {
  provider      = aws.secondary
  bucket_prefix = "repl-dst-"
}
