terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.x]
    }
  }
}

resource "terraform_data" "l1_default" {}

resource "terraform_data" "l1_x" {
  provider = terraform.x
}

module "l2" {
  source = "../l2"
  providers = {
    terraform   = terraform.x
    terraform.y = terraform
  }
}
