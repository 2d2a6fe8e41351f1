resource "terraform_data" "app" {}

module "inner" {
  source = "./inner"
}
