variable "name" {
  type    = string
  default = "leaf"
}

resource "terraform_data" "leaf" {
  input = var.name
}
