provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

locals {
  cache_zones = ["us-west-2a", "us-east-1b"]
}

# One cache per zone, chosen by count.index: instance [1] is in a primary zone.
module "cache" {
  source = "./modules/cache"
  count  = length(local.cache_zones)
  name   = "dr-cache-${count.index}"
  zone   = local.cache_zones[count.index]
}
