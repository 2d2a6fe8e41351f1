provider "terraform" {
  alias = "primary"
}

resource "terraform_data" "root" {}

module "child" {
  source = "./modules/child"
}
