terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.primary]
    }
  }
}

resource "terraform_data" "outer_default" {}

resource "terraform_data" "outer_primary" {
  provider = terraform.primary
}

module "inner" {
  source = "../inner"
  providers = {
    terraform.primary = terraform.primary
  }
}
