resource "terraform_data" "a" {}

module "legacy" {
  source = "../legacy"
}
