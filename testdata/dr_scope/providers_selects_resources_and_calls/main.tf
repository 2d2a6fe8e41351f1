provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# Primary side.
resource "aws_s3_bucket" "source" {
  bucket = "orders-source"
}

# DR side: on aws.dr.
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "orders-replica"
}

# DR side, but a data source reads the primary: fine.
data "aws_caller_identity" "current" {}

# A DR-side module call: handed aws.dr as its default configuration.
module "cache_dr" {
  source    = "./modules/cache"
  providers = { aws = aws.dr }
}

# Handed aws.dr only under an alias key, next to the primary default: a shared module of the
# primary side (name it in modules to judge it).
module "replication" {
  source = "./modules/replication"
  providers = {
    aws           = aws
    aws.secondary = aws.dr
  }
}
