provider "terraform" {}

provider "terraform" {
  alias = "own"
}

resource "terraform_data" "legacy" {}

module "leaf" {
  source = "../leaf"
  providers = {
    terraform.k = terraform.own
  }
}
