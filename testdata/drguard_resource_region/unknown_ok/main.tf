provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "replica_region" {
  type = string
}

data "aws_region" "current" {}

data "aws_availability_zones" "available" {}

resource "aws_s3_bucket" "a" {
  bucket = "dr-a"
  region = var.replica_region
}

resource "aws_s3_bucket" "b" {
  bucket = "dr-b"
  region = data.aws_region.current.region
}

resource "aws_ebs_volume" "c" {
  availability_zone = data.aws_availability_zones.available.names[0]
  size              = 10
}
