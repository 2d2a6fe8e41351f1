provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module declares its own provider block (a legacy pattern) in the primary region;
# its override file moves that block to the DR region.
module "legacy" {
  source = "./modules/legacy"
}
