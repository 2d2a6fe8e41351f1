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

variable "use_primary_tables" {
  type    = bool
  default = false
}

resource "aws_route_table" "dr" {
  vpc_id = "vpc-0dr0000000000000"
}

# The primary value in the true branch: reported, whichever way the condition goes.
resource "aws_route" "true_branch" {
  route_table_id         = var.use_primary_tables ? data.terraform_remote_state.primary_vpc.outputs.route_table_id : aws_route_table.dr.id
  destination_cidr_block = "10.2.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# The primary value in the false branch, through a local.
locals {
  route_table = var.use_primary_tables ? aws_route_table.dr.id : data.terraform_remote_state.primary_vpc.outputs.route_table_id
}

resource "aws_route" "false_branch" {
  route_table_id         = local.route_table
  destination_cidr_block = "10.3.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
