resource "terraform_data" "root" {}

module "plain" {
  source = "./modules/child"
  providers = {
    terraform.a = terraform
  }
}

# The outer module hands its default configuration on in a providers map, so it must receive
# it explicitly: inheriting it implicitly and passing it on makes Terraform 1.11 fail with
# `missing provider module.nested.provider["terraform.io/builtin/terraform"]`.
module "nested" {
  source = "./modules/outer"
  providers = {
    terraform = terraform
  }
}

module "inherits" {
  source = "./modules/leaf"
}
