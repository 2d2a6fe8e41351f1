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
  primary_vpc_id = data.terraform_remote_state.primary_vpc.outputs.vpc_id
  primary_sg_id  = data.terraform_remote_state.primary_vpc.outputs.app_security_group_id
}

# Descriptions and names that mention the primary's objects are plain values.
resource "aws_security_group" "dr" {
  name        = "dr-app"
  description = "DR app tier, mirrors ${local.primary_sg_id} in ${local.primary_vpc_id}"
  vpc_id      = "vpc-0dr0000000000000"
}

resource "aws_vpc_security_group_ingress_rule" "dr" {
  security_group_id = aws_security_group.dr.id
  description       = "same as ${local.primary_sg_id}"
  cidr_ipv4         = "10.1.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_ssm_parameter" "primary_vpc" {
  name        = "/dr/primary-vpc-id"
  description = "The primary VPC, read from ${local.primary_vpc_id}"
  type        = "String"
  value       = local.primary_vpc_id
}
