provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Data sources only read: reading the primary region is the point of the bridge.
data "aws_s3_bucket" "primary_assets" {
  bucket = "primary-assets"
  region = "us-east-1"
}

data "aws_availability_zone" "primary" {
  name = "us-east-1a"
}
