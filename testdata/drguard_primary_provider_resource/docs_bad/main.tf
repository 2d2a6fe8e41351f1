provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Reading the primary region is allowed.
data "aws_vpc" "primary" {
  provider = aws.primary
  tags     = { Name = "main" }
}

# Adopting the primary's bucket into the DR state: DR would now manage it.
resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  bucket   = "primary-logs"
}

import {
  provider = aws.primary
  to       = aws_s3_bucket.logs
  id       = "primary-logs"
}
