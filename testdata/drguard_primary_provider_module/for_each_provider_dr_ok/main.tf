module "queue" {
  source = "./modules/queue"
  providers = {
    aws = aws.by_region["us-west-2"]
  }
  name = "events"
}
