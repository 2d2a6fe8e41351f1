# CloudFront only takes certificates and web ACLs from us-east-1.
module "edge" {
  source = "./modules/edge"
  providers = {
    aws = aws.primary
  }
  domain_name = "dr.example.com"
}
