provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

module "outer" {
  source = "./modules/outer"
  providers = {
    terraform.primary = terraform.primary
    terraform         = terraform.dr
  }
}
