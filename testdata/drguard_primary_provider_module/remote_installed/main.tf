module "vpc" {
  source  = "acme/vpc/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  cidr_block = "10.1.0.0/16"
}
