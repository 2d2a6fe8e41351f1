terraform {
  required_providers {
    tfb = {
      source = "terraform.io/builtin/terraform"
    }
  }
}
resource "terraform_data" "via_tfb" {
  provider = tfb
}
