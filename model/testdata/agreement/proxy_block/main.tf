provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

# The app module declares the configurations it expects with empty "proxy" provider blocks
# (the idiom before configuration_aliases). Passed configurations replace them: Terraform's
# state binds app's resources to the configurations below, although its plan JSON names the
# module's own blocks (module.passed:terraform.primary, ...).
module "passed" {
  source = "./modules/app"
  providers = {
    terraform         = terraform.primary
    terraform.primary = terraform.dr
    terraform.dr      = terraform.primary
  }
}

# Not passed, the same blocks are the module's own (empty) configurations.
module "unpassed" {
  source = "./modules/app"
}
