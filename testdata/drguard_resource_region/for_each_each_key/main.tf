provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# AWS provider v6 multi-region pattern: one instance per region, one of them primary.
resource "aws_s3_bucket" "regional" {
  for_each = toset(["us-west-2", "us-east-1"])
  bucket   = "dr-regional-${each.key}"
  region   = each.key
}
