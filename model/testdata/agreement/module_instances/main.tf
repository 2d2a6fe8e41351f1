provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

resource "terraform_data" "root" {}

# Every instance gets the same map (a providers map cannot vary per instance).
module "region" {
  source   = "./modules/region"
  for_each = { east = "a", west = "b" }
  providers = {
    terraform      = terraform.dr
    terraform.logs = terraform.primary
  }
}

# The map omits the default: each instance inherits the root's default terraform.
module "spare" {
  source = "./modules/region"
  count  = 2
  providers = {
    terraform.logs = terraform.dr
  }
}
