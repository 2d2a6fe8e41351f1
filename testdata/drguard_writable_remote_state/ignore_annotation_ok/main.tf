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

# A reviewed exception: this DR configuration owns one route in the primary's table.
resource "aws_route" "reviewed" {
  # tflint-ignore: drguard_writable_remote_state
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# Through a module: the annotation goes before the module argument.
module "reviewed" {
  source = "./modules/routes"
  # tflint-ignore: drguard_writable_remote_state
  route_table_id = data.terraform_remote_state.primary_vpc.outputs.route_table_id
  cidr_block     = "10.2.0.0/16"
}
