variable "route_table_ids" {}
resource "aws_route" "to_dr" {
  for_each       = toset(var.route_table_ids)
  route_table_id = each.value
}
