resource "terraform_data" "child" {
  input = "child"
}
