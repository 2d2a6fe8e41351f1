terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias = "dr"
}

# No provider "aws" block: this uses the default configuration, region from the environment.
resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
