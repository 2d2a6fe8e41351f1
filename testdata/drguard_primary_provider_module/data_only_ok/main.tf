# The read-only bridge: the module only reads the primary region.
module "bridge" {
  source = "./modules/bridge"
  providers = {
    aws = aws.primary
  }
}
