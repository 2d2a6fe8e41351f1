provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "secondary"
}

module "app_dr" {
  source = "./modules/app"
}

module "app_primary" {
  source = "./modules/app"
  providers = {
    terraform = terraform.primary
  }
}

module "app_secondary" {
  source = "./modules/app"
  providers = {
    terraform = terraform.secondary
  }
}

module "app_explicit_default" {
  source = "./modules/app"
  providers = {
    terraform = terraform
  }
}
