terraform {
  required_providers {
    terraform = {
      source                = "terraform.io/builtin/terraform"
      configuration_aliases = [terraform.logs]
    }
  }
}

resource "terraform_data" "app" {}

resource "terraform_data" "log" {
  provider = terraform.logs
}

# region's terraform.logs becomes zone's default, in every instance of both levels.
module "zone" {
  source   = "../zone"
  for_each = toset(["a", "b"])
  providers = {
    terraform = terraform.logs
  }
}

# No providers map: inherits region's default (the caller's terraform.dr or terraform).
module "backup" {
  source = "../zone"
  count  = 1
}
