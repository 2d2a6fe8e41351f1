terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.y]
    }
  }
}

resource "terraform_data" "l2_default" {}

resource "terraform_data" "l2_y" {
  provider = terraform.y
}

module "l3" {
  source = "./l3"
  providers = {
    terraform   = terraform.y
    terraform.z = terraform
  }
}
