# Not installed, and inherits the DR default, but is told to work in the primary region (AWS
# provider v6 modules take a region input).
module "bucket" {
  source  = "acme/bucket/aws"
  version = "1.0.0"
  name    = "exports"
  region  = "us-east-1"
}
