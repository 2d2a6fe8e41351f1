provider "terraform" {}

provider "terraform" {
  alias = "primary"
}

provider "terraform" {
  alias = "dr"
}

resource "terraform_data" "implicit" {}

resource "terraform_data" "bare" {
  provider = terraform
}

resource "terraform_data" "primary" {
  provider = terraform.primary
}

resource "terraform_data" "dr_counted" {
  provider = terraform.dr
  count    = 3
}

data "terraform_remote_state" "read_primary" {
  provider = terraform.primary
  backend  = "local"
  config = {
    path = "${path.module}/primary.tfstate"
  }
  defaults = {
    vpc_id = "none"
  }
}
