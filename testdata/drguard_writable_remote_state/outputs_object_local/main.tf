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

# The whole outputs object in a local: the message still names the output used.
locals {
  primary = data.terraform_remote_state.primary_vpc.outputs
}

resource "aws_route" "to_dr" {
  route_table_id         = local.primary.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# Its other outputs used as plain values are fine.
resource "aws_route" "to_primary" {
  route_table_id            = "rtb-0dr00000000000000"
  destination_cidr_block    = local.primary.vpc_cidr
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}
