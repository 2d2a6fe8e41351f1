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

# A for expression over the primary's route tables, and one over its security groups.
locals {
  primary_route_tables = [for id in data.terraform_remote_state.primary_vpc.outputs.route_table_ids : id]
  primary_groups       = { for name, sg in data.terraform_remote_state.primary_vpc.outputs.security_groups : name => sg.id }
}

resource "aws_route" "to_dr" {
  count                  = 2
  route_table_id         = local.primary_route_tables[count.index]
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_vpc_security_group_ingress_rule" "from_dr" {
  security_group_id = local.primary_groups["app"]
  cidr_ipv4         = "10.1.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
