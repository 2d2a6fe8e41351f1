resource "terraform_data" "to_dr" {
  provider = terraform.dr
}

resource "terraform_data" "twice" {
  provider = terraform
}

resource "terraform_data" "kept" {
  input = "overridden"
}

module "grand" {
  providers = {
    terraform = terraform.dr
  }
}

module "grand_kept" {
  name = "overridden"
}
