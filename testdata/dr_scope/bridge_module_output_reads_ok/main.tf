provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

module "primary_net" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
}

module "dr_net" {
  source    = "./modules/net"
  providers = { aws = aws.dr }
  cidr      = "10.1.0.0/16"
}

# The DR stack in DR's own VPC.
module "dr" {
  source    = "./modules/app"
  providers = { aws = aws.dr }
  vpc_id    = module.dr_net.vpc_id
}

# Reading the primary's network: the far end of a peering, and a CIDR in a rule.
resource "aws_vpc_peering_connection" "to_primary" {
  provider    = aws.dr
  vpc_id      = module.dr_net.vpc_id
  peer_vpc_id = module.primary_net.vpc_id
  peer_region = "us-east-1"
}

resource "aws_security_group" "dr_ingress" {
  provider = aws.dr
  name     = "dr-ingress"
  vpc_id   = module.dr_net.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [module.primary_net.cidr]
  }
}
