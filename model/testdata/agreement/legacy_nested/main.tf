provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

module "a" {
  source = "./modules/a"
  providers = {
    terraform = terraform.primary
  }
}
