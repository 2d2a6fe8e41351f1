variable "vpc_id" {
  type = string
}

locals {
  vpc = var.vpc_id
}

module "subnet" {
  source     = "./modules/subnet"
  vpc_id     = local.vpc
  cidr_block = "10.1.1.0/24"
}
