provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# No providers map: the module inherits the default configuration.
module "network" {
  source = "./modules/network"
}
