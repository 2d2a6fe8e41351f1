module "lookup" {
  source = "./modules/lookup"
  providers = {
    aws.primary = aws.primary
  }
}

# One module's output, read through the primary configuration, selects what a sibling
# module writes to: the issue is on the argument that hands it over.
module "routes" {
  source         = "./modules/routes"
  route_table_id = module.lookup.route_table_id
}
