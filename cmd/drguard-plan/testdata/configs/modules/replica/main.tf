terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "aws_s3_bucket" "this" {
  bucket = "replica"
}

resource "aws_iam_role" "this" {
  name = "replica"
}
