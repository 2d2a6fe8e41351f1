resource "terraform_data" "outer" {}

module "child" {
  source = "../child"
  providers = {
    terraform.a = terraform
  }
}
