terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.a]
    }
  }
}

resource "terraform_data" "default" {}

resource "terraform_data" "on_a" {
  provider = terraform.a
}
