terraform {
  required_providers {
    terraform = {
      source                = "terraform.io/builtin/terraform"
      configuration_aliases = [terraform.dr]
    }
  }
}

# override.tf sets provider = terraform.dr.
resource "terraform_data" "to_dr" {}

# main_override.tf.json sets provider back to the default terraform.
resource "terraform_data" "to_default" {
  provider = terraform.dr
}

# dr_override.tf sets terraform.dr, then override.tf (later in lexical order) sets terraform:
# the last override wins.
resource "terraform_data" "twice" {}

# override.tf changes only input: the provider argument here stays.
resource "terraform_data" "kept" {
  provider = terraform.dr
  input    = "base"
}

# override.tf replaces the whole providers map with { terraform = terraform.dr }.
module "grand" {
  source = "../leaf"
  providers = {
    terraform = terraform
  }
}

# override.tf sets only name: the providers map here stays.
module "grand_kept" {
  source = "../leaf"
  name   = "base"
  providers = {
    terraform = terraform.dr
  }
}
