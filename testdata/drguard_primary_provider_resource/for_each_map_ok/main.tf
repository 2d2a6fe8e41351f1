provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "regions" {
  type = map(string)
  default = {
    east = "us-east-1"
    west = "us-west-2"
  }
}

provider "aws" {
  alias    = "by_site"
  for_each = var.regions
  region   = each.value
}

# The "west" instance is in us-west-2.
resource "aws_s3_bucket" "logs" {
  provider = aws.by_site["west"]
  bucket   = "dr-logs"
}
