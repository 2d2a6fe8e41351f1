# The DR side: every block of this file, each on the DR region.

resource "aws_s3_bucket" "assets_dr" {
  provider = aws.dr
  bucket   = "assets-usw2"
}

resource "aws_sqs_queue" "jobs_dr" {
  provider = aws.dr
  name     = "jobs-dr"
}

# AWS provider v6: its own region places it in the DR region, whatever the default it inherits.
resource "aws_sns_topic" "alerts_dr" {
  name   = "alerts-dr"
  region = "us-west-2"
}

# Reading the primary is fine.
data "aws_caller_identity" "current" {}
