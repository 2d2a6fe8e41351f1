terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Every block names its configuration: the default one is never used.
resource "aws_s3_bucket" "logs" {
  provider = aws.dr
  bucket   = "dr-logs"
}
