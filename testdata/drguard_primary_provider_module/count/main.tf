module "queue" {
  source = "./modules/queue"
  count  = 2
  providers = {
    aws = aws.primary
  }
  name = "events-${count.index}"
}
