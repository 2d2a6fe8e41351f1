# Not installed, inherits the DR default, and is told to work in the DR region.
module "bucket" {
  source  = "acme/bucket/aws"
  version = "1.0.0"
  name    = "exports"
  region  = "us-west-2"
}
