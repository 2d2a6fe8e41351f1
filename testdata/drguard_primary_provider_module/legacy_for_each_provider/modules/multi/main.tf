# OpenTofu: a legacy module that configures one provider instance per region itself.
provider "aws" {
  alias    = "by_region"
  for_each = toset(["us-east-1", "us-west-2"])
  region   = each.key
}

# On the us-east-1 instance: the primary region.
resource "aws_sqs_queue" "events" {
  provider = aws.by_region["us-east-1"]
  name     = "events"
}

resource "aws_sqs_queue" "events_dr" {
  provider = aws.by_region["us-west-2"]
  name     = "events"
}
