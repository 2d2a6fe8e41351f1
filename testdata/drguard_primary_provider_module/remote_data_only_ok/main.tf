# A registry module that only looks the primary VPC up.
module "vpc" {
  source  = "acme/vpc/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "main"
}
