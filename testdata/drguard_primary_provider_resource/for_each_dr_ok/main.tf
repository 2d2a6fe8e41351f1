provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias    = "by_region"
  for_each = toset(["us-east-1", "us-west-2"])
  region   = each.key
}

# The us-west-2 instance is a DR region: creating here is fine.
resource "aws_s3_bucket" "logs" {
  provider = aws.by_region["us-west-2"]
  bucket   = "dr-logs"
}
