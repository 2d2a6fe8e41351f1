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

# One route per primary route table: each.value is a primary object.
resource "aws_route" "to_dr" {
  for_each               = toset(data.terraform_remote_state.primary_vpc.outputs.route_table_ids)
  route_table_id         = each.value
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# A map of the primary's security groups, through a local.
locals {
  primary_groups = data.terraform_remote_state.primary_vpc.outputs.security_group_ids_by_name
}

resource "aws_vpc_security_group_ingress_rule" "from_dr" {
  for_each          = local.primary_groups
  security_group_id = each.value
  cidr_ipv4         = "10.1.0.0/16"
  ip_protocol       = "-1"
}
