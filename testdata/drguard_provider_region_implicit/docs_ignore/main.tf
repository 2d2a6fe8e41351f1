terraform {
  required_providers {
    # tflint-ignore: drguard_provider_region_implicit
    aws = {
      source = "hashicorp/aws"
    }
  }
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# tflint-ignore: drguard_provider_region_implicit
provider "aws" {
  alias = "dr"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
