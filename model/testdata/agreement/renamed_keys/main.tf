provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "secondary"
}

module "renamed" {
  source = "./modules/child"
  providers = {
    terraform   = terraform.secondary
    terraform.a = terraform.primary
    terraform.b = terraform
  }
}

module "swapped" {
  source = "./modules/child"
  providers = {
    terraform   = terraform.primary
    terraform.a = terraform.secondary
    terraform.b = terraform.secondary
  }
}
