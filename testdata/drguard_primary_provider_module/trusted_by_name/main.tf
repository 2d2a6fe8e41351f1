# Both calls point at a directory that is not there; only "shared" is trusted.
module "shared" {
  source = "./modules/shared"
}

module "extra" {
  source = "./modules/extra"
}
