# The module's bucket is on the primary configuration and names the primary region:
# drguard_primary_provider_module reports it once, drguard_resource_region does not.
module "store" {
  source = "./modules/store"
  providers = {
    aws = aws.primary
  }
  name   = "dr-exports"
  region = "us-east-1"
}
