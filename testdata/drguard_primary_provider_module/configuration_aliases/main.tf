module "peering" {
  source = "./modules/peering"
  providers = {
    aws      = aws
    aws.peer = aws.primary
  }
}
