# Neither installed, both handed the primary configuration (a VPC peering's accepter side,
# say). The glob trusts the whole terraform-aws-modules namespace, whatever the module and
# version.
module "peering" {
  source  = "terraform-aws-modules/vpc-peering/aws"
  version = "1.2.0"
  providers = {
    aws = aws.primary
  }
}

module "endpoints" {
  source  = "terraform-aws-modules/vpc/aws//modules/vpc-endpoints"
  version = "5.0.0"
  providers = {
    aws = aws.primary
  }
}
