module "queue" {
  source   = "./modules/queue"
  for_each = toset(["orders", "events"])
  providers = {
    aws = aws.primary
  }
  name = each.key
}
