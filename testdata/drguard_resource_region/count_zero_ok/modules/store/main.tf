variable "region" {
  type = string
}

resource "aws_s3_bucket" "this" {
  bucket = "failback-store"
  region = var.region
}
