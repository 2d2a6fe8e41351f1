resource "terraform_data" "grandchild" {}

resource "terraform_data" "explicit_default" {
  provider = terraform
}
