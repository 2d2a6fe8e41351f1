module "legacy" {
  source = "./modules/legacy"
  region = "us-west-2"
}
