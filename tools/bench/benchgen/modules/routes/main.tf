variable "route_table_id" {
  type = string
}

variable "destination_cidr_block" {
  type = string
}

variable "peering_connection_id" {
  type = string
}

resource "aws_route" "this" {
  route_table_id            = var.route_table_id
  destination_cidr_block    = var.destination_cidr_block
  vpc_peering_connection_id = var.peering_connection_id
}
