provider "aws" {
  region = "us-east-1"
}

module "dr" {
  source = "./modules/app"
}

module "orders_dr" {
  source = "./modules/app"
}
