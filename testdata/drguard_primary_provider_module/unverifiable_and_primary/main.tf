# module.app creates a queue with the primary configuration, and calls a registry module that
# is not installed, which inherits it: one issue names both.
module "app" {
  source = "./modules/app"
  providers = {
    aws = aws.primary
  }
}
