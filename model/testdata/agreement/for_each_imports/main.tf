provider "terraform" {}

provider "terraform" {
  alias = "dr"
}

locals {
  restored = {
    a = "restored-a"
    b = "restored-b"
  }
}

# One import per element (Terraform >= 1.7); the imported objects bind where their target
# resource block binds: terraform.dr.
import {
  for_each = local.restored
  to       = terraform_data.restored[each.key]
  id       = each.value
}

resource "terraform_data" "restored" {
  for_each = local.restored
  provider = terraform.dr
}

# An import's provider must equal its target's own provider argument when the block exists.
import {
  for_each = toset(["x", "y"])
  to       = terraform_data.explicit[each.key]
  id       = "explicit-${each.key}"
  provider = terraform.dr
}

resource "terraform_data" "explicit" {
  for_each = toset(["x", "y"])
  provider = terraform.dr
}

# Imports into module instances: the target binds through the call's providers map.
import {
  for_each = { east = "site-east" }
  to       = module.site[each.key].terraform_data.app
  id       = each.value
}

module "site" {
  source   = "./modules/site"
  for_each = toset(["east", "west"])
  providers = {
    terraform = terraform.dr
  }
}

resource "terraform_data" "plain" {}
