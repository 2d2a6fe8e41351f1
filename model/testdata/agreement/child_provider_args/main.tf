provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

module "child" {
  source = "./modules/child"
  providers = {
    terraform.read  = terraform.primary
    terraform.write = terraform.dr
  }
}
