# Both calls point at a directory that is not there, and are handed the primary configuration;
# only "shared" is trusted.
module "shared" {
  source = "./modules/shared"
  providers = {
    aws = aws.primary
  }
}

module "extra" {
  source = "./modules/extra"
  providers = {
    aws = aws.primary
  }
}
