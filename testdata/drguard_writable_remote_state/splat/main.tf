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
  # Full splat and legacy attribute splat over the primary's objects.
  primary_group_ids  = data.terraform_remote_state.primary_vpc.outputs.security_groups[*].id
  primary_subnet_ids = data.terraform_remote_state.primary_vpc.outputs.private_subnets.*.id
}

resource "aws_security_group_rule" "from_dr" {
  type              = "ingress"
  security_group_id = local.primary_group_ids[0]
  cidr_blocks       = ["10.1.0.0/16"]
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_network_interface" "probe" {
  subnet_id = local.primary_subnet_ids[0]
}
