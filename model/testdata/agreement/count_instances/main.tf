variable "replicas" {
  type    = number
  default = 2
}

variable "enabled" {
  type    = bool
  default = false
}

provider "terraform" {}

provider "terraform" {
  alias = "dr"
}

resource "terraform_data" "counted" {
  count = 3
  input = count.index
}

resource "terraform_data" "counted_dr" {
  count    = var.replicas
  provider = terraform.dr
  input    = count.index
}

# No instance: absent from the state, but the plan JSON still keys the block to terraform.dr.
resource "terraform_data" "none_dr" {
  count    = 0
  provider = terraform.dr
}

# A toggle that is off by default: no instance either.
resource "terraform_data" "toggle_dr" {
  count    = var.enabled ? 1 : 0
  provider = terraform.dr
}

module "counted" {
  source = "./modules/app"
  count  = var.replicas
  providers = {
    terraform = terraform.dr
  }
}

# No instance; its resources are still in the plan JSON configuration, keyed to terraform.dr.
module "none" {
  source = "./modules/app"
  count  = 0
  providers = {
    terraform = terraform.dr
  }
}

# Counted, no providers map: every instance inherits the default configuration.
module "inherit" {
  source = "./modules/app"
  count  = 1
}
