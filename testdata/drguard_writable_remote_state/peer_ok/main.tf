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

# peer_* arguments point at the primary: the peering is created on the DR side and accepted
# by the primary configuration.
resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id        = "vpc-0dr0000000000000"
  peer_vpc_id   = data.terraform_remote_state.primary_vpc.outputs.vpc_id
  peer_region   = data.terraform_remote_state.primary_vpc.outputs.region
  peer_owner_id = data.terraform_remote_state.primary_vpc.outputs.account_id
}

resource "aws_ec2_transit_gateway_peering_attachment" "to_primary" {
  transit_gateway_id      = "tgw-0dr0000000000000"
  peer_transit_gateway_id = data.terraform_remote_state.primary_vpc.outputs.transit_gateway_id
  peer_region             = data.terraform_remote_state.primary_vpc.outputs.region
  peer_account_id         = data.terraform_remote_state.primary_vpc.outputs.account_id
}
