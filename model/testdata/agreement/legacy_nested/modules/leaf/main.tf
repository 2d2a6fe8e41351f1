terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.k]
    }
  }
}

resource "terraform_data" "leaf_default" {}

resource "terraform_data" "leaf_k" {
  provider = terraform.k
}
