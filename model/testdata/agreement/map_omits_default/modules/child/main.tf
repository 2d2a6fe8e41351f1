terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.a]
    }
  }
}

resource "terraform_data" "default" {}

resource "terraform_data" "aliased" {
  provider = terraform.a
}

module "leaf" {
  source = "../leaf"
}
