provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias    = "by_region"
  for_each = { primary = "us-east-1", dr = "us-west-2" }
  region   = each.value
}

# One resource block for both regions: only the instance on aws.by_region["dr"] is the DR side.
resource "aws_s3_bucket" "data" {
  for_each = { primary = "us-east-1", dr = "us-west-2" }
  provider = aws.by_region[each.key]
  bucket   = "data-${each.key}"
}

# The DR instance replicates into a bucket in the primary region: a replica there.
resource "aws_dynamodb_table" "sessions" {
  for_each = { primary = "us-east-1", dr = "us-west-2" }
  provider = aws.by_region[each.key]
  name     = "sessions-${each.key}"

  replica {
    region_name = each.key == "dr" ? "us-east-1" : "us-west-2"
  }
}
