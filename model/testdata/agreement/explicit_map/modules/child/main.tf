resource "terraform_data" "one" {}

resource "terraform_data" "two" {
  input = "x"
}
