# The same module handed the DR default: its queue is created in DR, and the registry module
# below it, not installed, inherits the DR default too.
module "app" {
  source = "./modules/app"
  providers = {
    aws = aws
  }
}
