provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "secondary"
}

resource "terraform_data" "root" {}

module "l1" {
  source = "./modules/l1"
  providers = {
    terraform   = terraform.secondary
    terraform.x = terraform.primary
  }
}
