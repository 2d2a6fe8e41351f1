provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

locals {
  sites = {
    east = "primary"
    west = "dr"
  }
}

module "counted" {
  source = "./modules/app"
  count  = 2
  name   = "counted-${count.index}"
  providers = {
    terraform = terraform.primary
  }
}

module "each_set" {
  source   = "./modules/app"
  for_each = toset(["a", "b"])
  name     = each.key
}

module "each_map" {
  source   = "./modules/app"
  for_each = local.sites
  name     = "${each.key}-${each.value}"
  providers = {
    terraform = terraform
  }
}

module "none" {
  source = "./modules/app"
  count  = 0
  name   = "never"
  providers = {
    terraform = terraform.primary
  }
}
