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

# Ignored by ignored_sinks: a table entry and a fallback name.
resource "aws_security_group_rule" "from_dr" {
  type              = "ingress"
  security_group_id = data.terraform_remote_state.primary_vpc.outputs.app_security_group_id
  cidr_blocks       = ["10.1.0.0/16"]
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_lb_target_group" "dr" {
  name     = "dr-app"
  port     = 443
  protocol = "HTTPS"
  vpc_id   = data.terraform_remote_state.primary_vpc.outputs.vpc_id
}

# Not ignored: still reported.
resource "aws_vpc_security_group_ingress_rule" "from_dr" {
  security_group_id = data.terraform_remote_state.primary_vpc.outputs.app_security_group_id
  cidr_ipv4         = "10.1.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
