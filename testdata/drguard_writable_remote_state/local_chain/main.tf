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

# The primary's route table reaches the route through three locals.
locals {
  primary_route_tables = data.terraform_remote_state.primary_vpc.outputs.route_table_ids
  first_route_table    = local.primary_route_tables[0]
  target_route_table   = local.first_route_table
}

resource "aws_route" "to_dr" {
  route_table_id         = local.target_route_table
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
