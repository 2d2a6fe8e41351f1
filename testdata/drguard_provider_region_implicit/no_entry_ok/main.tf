# The default aws configuration is used without a block, but there is no
# required_providers entry to report it at: not reported.
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
