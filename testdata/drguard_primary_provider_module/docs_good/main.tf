provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Reads the primary region only.
module "bridge" {
  source = "./modules/bridge"
  providers = {
    aws = aws.primary
  }
}

# Creates the DR network with the default (DR) configuration.
module "network" {
  source       = "./modules/network"
  primary_cidr = module.bridge.cidr_block
}
