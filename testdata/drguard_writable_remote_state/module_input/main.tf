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
  primary_route_table = data.terraform_remote_state.primary_vpc.outputs.route_table_id
}

resource "aws_route_table" "dr" {
  vpc_id = "vpc-0dr0000000000000"
}

# The primary's route table enters the module as an input: reported on this argument.
module "to_dr" {
  source         = "./modules/routes"
  route_table_id = local.primary_route_table
  cidr_block     = "10.1.0.0/16"
}

# The same module with a DR route table and the primary CIDR: fine.
module "to_primary" {
  source         = "./modules/routes"
  route_table_id = aws_route_table.dr.id
  cidr_block     = data.terraform_remote_state.primary_vpc.outputs.vpc_cidr
}
