provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# The primary side's network, in us-east-1.
module "primary_net" {
  source = "./modules/net"
  cidr   = "10.0.0.0/16"
}

# The DR stack is handed the primary's VPC: its subnets would be created in the primary VPC.
module "dr" {
  source    = "./modules/app"
  providers = { aws = aws.dr }
  vpc_id    = module.primary_net.vpc_id
}

# A DR-side security group in the primary's VPC.
resource "aws_security_group" "dr_ingress" {
  provider = aws.dr
  name     = "dr-ingress"
  vpc_id   = module.primary_net.vpc_id
}
