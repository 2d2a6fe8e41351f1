# One instance per region of aws.by_region, one of them the primary.
module "queue" {
  source   = "./modules/queue"
  for_each = toset(["us-east-1", "us-west-2"])
  providers = {
    aws = aws.by_region[each.key]
  }
  name = "events"
}
