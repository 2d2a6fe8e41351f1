provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Every instance is in a non-primary region.
resource "aws_s3_bucket" "regional" {
  for_each = toset(["us-west-2", "eu-west-1"])
  bucket   = "dr-regional-${each.key}"
  region   = each.key
}
