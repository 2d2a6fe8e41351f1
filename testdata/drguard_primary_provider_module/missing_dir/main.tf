# modules/gone was never checked in: whatever it creates, with whichever provider, is unknown.
module "gone" {
  source = "./modules/gone"
}
