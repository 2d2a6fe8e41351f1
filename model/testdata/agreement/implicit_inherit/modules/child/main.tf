resource "terraform_data" "child" {}

module "grandchild" {
  source = "../grandchild"
}
