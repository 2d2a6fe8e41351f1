provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# The whole remote state in a local.
locals {
  bridge = data.terraform_remote_state.primary_vpc
}

resource "aws_route" "to_dr" {
  route_table_id         = local.bridge.outputs.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
