variable "route_table_id" {
  type = string
}

variable "cidr_block" {
  type = string
}

resource "aws_route" "this" {
  route_table_id         = var.route_table_id
  destination_cidr_block = var.cidr_block
  gateway_id             = "vgw-0123456789abcdef0"
}
