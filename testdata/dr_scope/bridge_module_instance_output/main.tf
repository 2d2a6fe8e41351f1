provider "aws" {
  region = "eu-west-1"
}

# The primary side: one VPC per entry, all in eu-west-1.
module "vpc" {
  source   = "./vpc"
  for_each = toset(["a", "b"])
  region   = "eu-west-1"
}
