provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "enable_failback" {
  type    = bool
  default = false
}

# Switched off today (count = 0, an empty for_each), but one toggle away from writing to
# the primary: both are judged by their provider argument.
resource "aws_s3_bucket" "failback" {
  count    = var.enable_failback ? 1 : 0
  provider = aws.primary
  bucket   = "failback-marker"
}

resource "aws_sqs_queue" "failback" {
  for_each = var.enable_failback ? toset(["orders"]) : toset([])
  provider = aws.primary
  name     = "failback-${each.key}"
}
