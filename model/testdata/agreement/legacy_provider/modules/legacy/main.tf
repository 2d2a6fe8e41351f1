provider "terraform" {}

provider "terraform" {
  alias = "inner"
}

resource "terraform_data" "legacy" {}

resource "terraform_data" "legacy_inner" {
  provider = terraform.inner
}

module "inherits" {
  source = "../leaf"
}

module "passed" {
  source = "../leaf"
  providers = {
    terraform = terraform.inner
  }
}
