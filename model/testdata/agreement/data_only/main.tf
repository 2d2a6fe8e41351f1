provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

resource "terraform_data" "root" {
  input = module.bridge.primary_outputs
}

module "bridge" {
  source = "./modules/bridge"
  providers = {
    terraform = terraform.primary
  }
}

module "writer" {
  source = "./modules/writer"
}
