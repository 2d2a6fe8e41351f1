# The map hands over aws.peer only: the module's default aws is inherited from the
# root's default configuration, which is in the primary region.
module "peering" {
  source = "./modules/peering"
  providers = {
    aws.peer = aws.dr
  }
}
