# Not installed, and handed the primary configuration: unverifiable_modules = "none" silences
# the report that rests on not being able to read it.
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  providers = {
    aws = aws.primary
  }
  name = "orders"
}
