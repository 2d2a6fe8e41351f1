# trusted_modules only vouches for modules drguard cannot read; this one it reads.
module "queue" {
  source = "./modules/queue"
  providers = {
    aws = aws.primary
  }
  name = "events"
}
