resource "terraform_data" "twice" {
  provider = terraform.dr
}
