# The shapes of module_output_root_sink, module_output_sibling and module_output_chain, with
# every module output coming from a DR object: nothing is written to the primary.
module "network" {
  source = "./modules/network"
}

module "lookup" {
  source = "./modules/lookup"
}

resource "aws_subnet" "app" {
  vpc_id     = module.network.vpc_id
  cidr_block = "10.1.1.0/24"
}

resource "aws_route" "to_dr" {
  route_table_id         = module.lookup.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

module "routes" {
  source         = "./modules/routes"
  route_table_id = module.lookup.route_table_id
}
