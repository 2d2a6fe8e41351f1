# No primary alias and no primary_regions: no region is primary, whatever it is.
provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs"
}
