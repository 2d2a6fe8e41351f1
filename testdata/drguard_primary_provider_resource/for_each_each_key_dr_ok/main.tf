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

# each.key is known for every instance of the resource: its only instance uses the us-west-2
# configuration.
resource "aws_s3_bucket" "logs" {
  for_each = toset(["us-west-2"])
  provider = aws.by_region[each.key]
  bucket   = "dr-logs-${each.key}"
}
