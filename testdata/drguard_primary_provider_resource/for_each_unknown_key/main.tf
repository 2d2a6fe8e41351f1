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

variable "regions" {
  type = set(string)
}

# The keys are not known (var.regions has no value): any instance may be the primary one.
resource "aws_s3_bucket" "logs" {
  for_each = var.regions
  provider = aws.by_region[each.key]
  bucket   = "dr-logs-${each.key}"
}
