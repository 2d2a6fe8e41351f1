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

locals {
  primary_cidr = data.terraform_remote_state.primary_vpc.outputs.vpc_cidr
}

resource "aws_route_table" "dr" {
  vpc_id = "vpc-0dr0000000000000"
}

resource "aws_security_group" "dr" {
  name   = "dr-app"
  vpc_id = "vpc-0dr0000000000000"
}

# CIDRs of the primary in DR's own route and security rules are plain values.
resource "aws_route" "to_primary" {
  route_table_id            = aws_route_table.dr.id
  destination_cidr_block    = local.primary_cidr
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}

resource "aws_security_group_rule" "from_primary" {
  type              = "ingress"
  security_group_id = aws_security_group.dr.id
  cidr_blocks       = [local.primary_cidr]
  ipv6_cidr_blocks  = data.terraform_remote_state.primary_vpc.outputs.ipv6_cidrs
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "from_primary" {
  security_group_id = aws_security_group.dr.id
  cidr_ipv4         = local.primary_cidr
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
}

resource "aws_network_acl_rule" "from_primary" {
  network_acl_id = "acl-0dr0000000000000"
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = local.primary_cidr
}
