# The DR side: every block of this file.

resource "aws_s3_bucket" "assets_dr" {
  provider = aws.dr
  bucket   = "assets-usw2"
}

# No provider argument: it inherits the default configuration, in the primary region.
resource "aws_sqs_queue" "jobs_dr" {
  name = "jobs-dr"
}

# AWS provider v6: its own region places it in the DR region whatever the default.
resource "aws_sns_topic" "alerts_dr" {
  name   = "alerts-dr"
  region = "us-west-2"
}

# Its own region names the primary region: drguard_resource_region's finding only.
resource "aws_cloudwatch_log_group" "audit_dr" {
  name   = "audit-dr"
  region = "us-east-1"
}
