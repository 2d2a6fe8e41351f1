terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.primary]
    }
  }
}

resource "terraform_data" "inner_default" {}

resource "terraform_data" "inner_primary" {
  provider = terraform.primary
}
