provider "terraform" {}

provider "terraform" {
  alias = "logs"
}

resource "terraform_data" "default" {}

resource "terraform_data" "logs" {
  provider = terraform.logs
}

# override.tf moves it to terraform.logs.
resource "terraform_data" "moved_to_logs" {}

module "shipper" {
  source = "./modules/leaf"
  providers = {
    terraform = terraform.logs
  }
}

module "inherits" {
  source = "./modules/leaf"
}
