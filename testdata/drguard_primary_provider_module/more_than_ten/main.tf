module "queues" {
  source = "./modules/queues"
  providers = {
    aws = aws.primary
  }
}
