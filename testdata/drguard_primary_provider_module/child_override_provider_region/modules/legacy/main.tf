provider "aws" {
  region = "us-west-2"
}

resource "aws_sqs_queue" "jobs" {
  name = "dr-jobs"
}
