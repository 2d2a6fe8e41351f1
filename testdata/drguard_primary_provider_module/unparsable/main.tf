module "broken" {
  source = "./modules/broken"
  providers = {
    aws = aws.primary
  }
}
