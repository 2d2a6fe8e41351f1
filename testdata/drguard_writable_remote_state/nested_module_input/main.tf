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

# The primary VPC passes two module levels down into aws_subnet.vpc_id.
module "network" {
  source = "./modules/network"
  vpc_id = data.terraform_remote_state.primary_vpc.outputs.vpc_id
}
