terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.z]
    }
  }
}

resource "terraform_data" "l3_default" {}

resource "terraform_data" "l3_z" {
  provider = terraform.z
}
