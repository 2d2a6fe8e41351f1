# No default and no value: the region is unknown, which is never a finding.
variable "store_region" {
  type = string
}

module "store" {
  source = "./modules/store"
  name   = "dr-exports"
  region = var.store_region
}

# Known only at apply time.
data "aws_region" "current" {}

module "mirror" {
  source = "./modules/store"
  name   = "dr-mirror"
  region = data.aws_region.current.region
}
