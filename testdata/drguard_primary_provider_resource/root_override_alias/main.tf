provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}

# override.tf moves aws.logs into the primary region: the bucket on it is reported. The
# default configuration stays in us-west-2, so the bucket that inherits it is not (Terraform
# merges a provider override by name and alias; TFLint v0.64 would merge it into the default).
resource "aws_s3_bucket" "logs" {
  provider = aws.logs
  bucket   = "dr-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "dr-data"
}
