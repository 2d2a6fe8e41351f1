provider "terraform" {}

provider "terraform" {
  alias = "dr"
}

# Every binding below is decided by override files in the child modules.
module "child" {
  source = "./modules/child"
  providers = {
    terraform    = terraform
    terraform.dr = terraform.dr
  }
}

# No providers map: the module would inherit the default configuration, but its override.tf
# declares a default provider block of its own, which Terraform then uses.
module "own" {
  source = "./modules/own"
}
