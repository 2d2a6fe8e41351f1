provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

resource "terraform_data" "dr" {}

resource "terraform_data" "leak" {
  provider = terraform.primary
}

module "child" {
  source = "./modules/child"
  providers = {
    terraform = terraform.primary
  }
}
