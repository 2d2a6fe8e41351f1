module "a" {
  source = "./modules/a"
  providers = {
    aws     = aws
    aws.src = aws.primary
  }
}
