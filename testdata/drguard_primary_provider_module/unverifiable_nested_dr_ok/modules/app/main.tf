resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

module "cache" {
  source  = "acme/cache/aws"
  version = "1.0.0"
  name    = "jobs"
}
