# No providers map: the module inherits the default aws configuration.
module "net" {
  source = "./modules/net"
}
