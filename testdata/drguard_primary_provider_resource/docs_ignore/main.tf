provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  # tflint-ignore: drguard_primary_provider_resource
  provider = aws.primary
  bucket   = "primary-logs"
}
