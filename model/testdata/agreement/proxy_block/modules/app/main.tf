provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

resource "terraform_data" "default" {}

resource "terraform_data" "on_primary" {
  provider = terraform.primary
}

resource "terraform_data" "on_dr" {
  provider = terraform.dr
}

module "leaf" {
  source = "../leaf"
}

module "leaf_dr" {
  source = "../leaf"
  providers = {
    terraform = terraform.dr
  }
}
