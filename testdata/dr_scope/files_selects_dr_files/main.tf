provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# The primary side: everything in this file writes to us-east-1 by design.
resource "aws_s3_bucket" "assets" {
  bucket = "assets-use1"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
