provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module declares its own provider block (a legacy pattern); its override file
# sets that block's region to the primary region.
module "legacy" {
  source = "./modules/legacy"
}
