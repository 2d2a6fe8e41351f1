# A legacy module that declares its own provider configuration, in the primary region.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
}

resource "aws_iam_role" "legacy" {
  name = "legacy"
}
