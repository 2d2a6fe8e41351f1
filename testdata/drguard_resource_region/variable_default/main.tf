provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "bucket_region" {
  type    = string
  default = "us-east-1"
}

resource "aws_s3_bucket" "exports" {
  bucket = "dr-exports"
  region = var.bucket_region
}
