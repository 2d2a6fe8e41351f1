terraform {
  required_providers {
    terraform = {
      configuration_aliases = [terraform.read, terraform.write]
    }
  }
}

resource "terraform_data" "implicit" {}

resource "terraform_data" "bare" {
  provider = terraform
}

resource "terraform_data" "on_read" {
  provider = terraform.read
}

resource "terraform_data" "on_write" {
  provider = terraform.write
  count    = 2
}

resource "terraform_data" "on_write_each" {
  provider = terraform.write
  for_each = { k = "v" }
  input    = each.value
}
