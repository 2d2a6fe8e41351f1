provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "prod"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  provider = aws.prod
  bucket   = "dr-logs"
}
