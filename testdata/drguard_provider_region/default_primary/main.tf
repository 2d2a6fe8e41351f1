# The default configuration targets the primary region: every resource without a
# provider argument would be created there.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}

resource "aws_sqs_queue" "jobs" {
  name = "dr-jobs"
}
