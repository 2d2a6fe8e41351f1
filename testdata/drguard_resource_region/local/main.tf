provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

locals {
  regions = {
    primary = "us-east-1"
    dr      = "us-west-2"
  }
  zone = "${local.regions.primary}c"
}

resource "aws_ebs_volume" "data" {
  availability_zone = local.zone
  size              = 100
}
