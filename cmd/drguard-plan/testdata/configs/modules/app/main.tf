# A DR application module: it uses whatever default aws configuration it is given.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "aws_s3_bucket" "app" {
  bucket = "app"
}

module "inner" {
  source = "../inner"
}
