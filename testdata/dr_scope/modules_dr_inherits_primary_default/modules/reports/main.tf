terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary]
    }
  }
}

resource "aws_s3_bucket" "reports" {
  bucket_prefix = "reports-"
}

data "aws_s3_bucket" "source" {
  provider = aws.primary
  bucket   = "reports-use1"
}

resource "aws_s3_object" "index" {
  provider = aws.primary
  bucket   = "reports-use1"
  key      = "index.json"
  content  = "{}"
}
