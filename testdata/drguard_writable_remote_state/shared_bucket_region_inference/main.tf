# The DR app stack. Its own state is kept in a DR bucket: in the shared bucket,
# drguard_shared_backend would report it (the primary's state storage, in the primary region;
# see drguard_shared_backend/shared_bucket_keyed_primary_state).
terraform {
  backend "s3" {
    bucket       = "acme-dr-terraform-state"
    key          = "dr/app.tfstate"
    region       = "us-west-2"
    use_lockfile = true
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The sibling DR network stack, in the shared bucket in the primary region. With no
# primary_state block, a remote state in a primary region is the primary's: its vpc_id counts
# as a primary object (configure primary_state with the primary's key to tell them apart, see
# shared_bucket_keyed_primary_state).
data "terraform_remote_state" "dr_network" {
  backend = "s3"
  config = {
    bucket = "acme-terraform-state"
    key    = "dr/network.tfstate"
    region = "us-east-1"
  }
}

# The primary network stack.
data "terraform_remote_state" "primary_network" {
  backend = "s3"
  config = {
    bucket = "acme-terraform-state"
    key    = "primary/network.tfstate"
    region = "us-east-1"
  }
}

# Created in the DR network, but drguard cannot tell without primary_state.
resource "aws_subnet" "app" {
  vpc_id     = data.terraform_remote_state.dr_network.outputs.vpc_id
  cidr_block = "10.1.8.0/24"
}

resource "aws_security_group" "app" {
  vpc_id = data.terraform_remote_state.dr_network.outputs.vpc_id
}

# Writes into the primary's route table.
resource "aws_route" "to_dr" {
  route_table_id         = data.terraform_remote_state.primary_network.outputs.private_route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
