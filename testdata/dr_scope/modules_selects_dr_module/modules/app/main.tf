resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_s3_bucket" "data" {
  bucket_prefix = "app-data-"
}
