module "legacy" {
  source = "./modules/legacy"
  region = "us-east-1"
}
