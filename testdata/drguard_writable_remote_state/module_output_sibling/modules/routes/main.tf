variable "route_table_id" {
  type = string
}

resource "aws_route" "to_dr" {
  route_table_id         = var.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
