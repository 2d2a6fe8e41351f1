# The state a DR configuration was left with by an earlier mistake: objects in the primary
# region. generate.sh applies this first (local backend, fake provider), then plans ../main.tf.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "dr" {
  bucket = "dr"
}

resource "aws_s3_bucket" "dr_gone" {
  bucket = "dr-gone"
}

resource "aws_s3_bucket" "gone" {
  provider = aws.primary
  bucket   = "gone"
}

resource "aws_s3_bucket" "moved" {
  bucket = "moved"
  region = "us-east-1"
}

resource "aws_sqs_queue" "kept" {
  provider = aws.primary
  name     = "kept"
}

resource "aws_sqs_queue" "tagged" {
  provider = aws.primary
  name     = "tagged"
  tags = {
    version = "1"
  }
}

resource "aws_sqs_queue" "forgotten" {
  provider = aws.primary
  name     = "forgotten"
}
