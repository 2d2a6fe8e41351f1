provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "logs"
  region = "us-east-1"
}

# aws.logs is written in the primary region, and logs_override.tf.json moves it to us-west-2:
# neither bucket is reported (Terraform merges a provider override by name and alias; TFLint
# v0.64 would merge it into the default configuration instead).
resource "aws_s3_bucket" "logs" {
  provider = aws.logs
  bucket   = "dr-logs"
}

resource "aws_s3_bucket" "data" {
  bucket = "dr-data"
}
