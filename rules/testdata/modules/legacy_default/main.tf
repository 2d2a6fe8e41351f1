resource "aws_s3_bucket" "b" {}
data "terraform_remote_state" "x" {
  backend = "s3"
  config = {
    bucket = local.bucket
    key    = "k"
    region = var.region
  }
}
provider "aws" {
  region = var.region
}
locals {
  bucket = "b-${var.region}"
}
variable "region" {
  default = "us-east-1"
}
