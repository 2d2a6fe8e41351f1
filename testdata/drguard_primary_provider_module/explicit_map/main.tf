# The module creates its subnet with whatever it is handed as aws: here, the primary.
module "net" {
  source = "./modules/net"
  providers = {
    aws = aws.primary
  }
  cidr_block = "10.1.0.0/24"
}
