module "network" {
  source = "./modules/network"
}

# The VPC id comes from the primary's remote state through two levels of module outputs:
# the subnet would be created in the primary's VPC.
resource "aws_subnet" "app" {
  vpc_id     = module.network.vpc_id
  cidr_block = "10.1.1.0/24"
}
