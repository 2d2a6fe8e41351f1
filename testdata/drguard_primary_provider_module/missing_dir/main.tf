# modules/gone was never checked in: whatever it creates with the primary configuration it is
# handed is unknown.
module "gone" {
  source = "./modules/gone"
  providers = {
    aws = aws.primary
  }
}
