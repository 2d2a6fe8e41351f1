# The builtin provider under another local name (tfb): plan JSON keys use the local name.
terraform {
  required_providers {
    tfb = {
      source = "terraform.io/builtin/terraform"
    }
  }
}
provider "tfb" {
  alias = "p"
}
resource "terraform_data" "on_p" {
  provider = tfb.p
}
resource "terraform_data" "on_default" {
  provider = tfb
}
module "c" {
  source = "./modules/c"
  providers = {
    tfb = tfb.p
  }
}
