terraform {
  backend "s3" {
    bucket       = "dr-terraform-state"
    key          = "network/terraform.tfstate"
    region       = "us-west-2"
    use_lockfile = true
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The bridge lives in a module: its remote states are judged like the root module's.
module "bridge" {
  source = "./modules/bridge"
}
