variable "name" {
  type = string
}

resource "terraform_data" "app" {
  input = var.name
}

resource "terraform_data" "per_item" {
  for_each = toset(["x", "y"])
  input    = "${var.name}-${each.key}"
}
