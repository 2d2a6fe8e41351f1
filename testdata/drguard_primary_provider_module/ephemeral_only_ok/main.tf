module "secrets" {
  source = "./modules/secrets"
  providers = {
    aws = aws.primary
  }
}
