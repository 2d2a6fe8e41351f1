# Not installed (no terraform init yet), and handed the primary configuration: drguard cannot
# tell what the module creates with it.
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "orders"
}

# Handed the primary configuration under an alias key only.
module "peering" {
  source  = "acme/peering/aws"
  version = "2.0.0"
  providers = {
    aws      = aws
    aws.peer = aws.primary
  }
}
