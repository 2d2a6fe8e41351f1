# Only the builtin terraform provider (plans offline, no region anywhere): a primary-named
# configuration found by its alias alone, directly and handed to a child module.
provider "terraform" {
  alias = "primary"
}

resource "terraform_data" "dr" {
  input = "dr"
}

resource "terraform_data" "leak" {
  provider = terraform.primary
  input    = "leak"
}

module "child_primary" {
  source = "../modules/builtin_child"
  providers = {
    terraform = terraform.primary
  }
}

module "child_dr" {
  source = "../modules/builtin_child"
}
