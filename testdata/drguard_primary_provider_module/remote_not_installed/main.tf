module "vpc" {
  source  = "acme/vpc/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "main"
}

# Added after the last terraform init: modules.json does not list it, and it is handed the
# primary configuration.
module "dns" {
  source  = "acme/dns/aws"
  version = "2.1.0"
  providers = {
    aws = aws.primary
  }
}
