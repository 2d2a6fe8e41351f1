provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

resource "terraform_data" "root" {}

module "legacy" {
  source = "./modules/legacy"
}

module "modern" {
  source = "./modules/leaf"
  providers = {
    terraform = terraform.primary
  }
}
