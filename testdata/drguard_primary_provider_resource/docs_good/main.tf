provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "aws_vpc" "primary" {
  provider = aws.primary
  tags     = { Name = "main" }
}

# The DR site's own bucket, on the default (DR) configuration.
resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
