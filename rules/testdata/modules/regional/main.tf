variable "region" {}
locals {
  r = lower(var.region)
}
resource "aws_s3_bucket" "b" {
  region = local.r
}
