resource "terraform_data" "app" {}

resource "terraform_data" "per_index" {
  count = 2
  input = count.index
}
