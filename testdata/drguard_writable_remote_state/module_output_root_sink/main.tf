module "bridge" {
  source = "./modules/bridge"
}

# The route goes into the primary's route table: the module output comes from the primary's
# remote state.
resource "aws_route" "to_dr" {
  route_table_id         = module.bridge.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
