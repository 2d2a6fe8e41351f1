variable "region" {
  type = string
}

resource "aws_sqs_queue" "q" {
  name   = "jobs"
  region = var.region
}
