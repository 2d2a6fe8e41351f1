provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

module "child" {
  source = "./modules/child"
  providers = {
    terraform.a = terraform.primary
  }
}
