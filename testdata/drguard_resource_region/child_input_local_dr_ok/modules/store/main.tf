variable "region" {
  type = string
}

variable "name" {
  type = string
}

locals {
  bucket_region = lower(trimspace(var.region))
}

resource "aws_s3_bucket" "this" {
  bucket = var.name
  region = local.bucket_region
}
