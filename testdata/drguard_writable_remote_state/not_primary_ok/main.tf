provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# A DR-side state: its region is not primary, and no primary_state block covers it.
data "terraform_remote_state" "dr_network" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
  }
}

locals {
  dr_route_table = data.terraform_remote_state.dr_network.outputs.route_table_id
}

resource "aws_route" "to_shared" {
  route_table_id         = local.dr_route_table
  destination_cidr_block = "10.9.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_security_group_rule" "from_shared" {
  type              = "ingress"
  security_group_id = data.terraform_remote_state.dr_network.outputs.app_security_group_id
  cidr_blocks       = ["10.9.0.0/16"]
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_s3_object" "marker" {
  bucket  = data.terraform_remote_state.dr_network.config.bucket
  key     = "dr/marker"
  content = "dr"
}
