module "queue" {
  source = "./modules/queue"
  providers = {
    aws = aws.by_region["us-east-1"]
  }
  name = "events"
}
