# The DR app stack keeps its state in the bucket that holds every stack's state, under its own
# key. The keyed primary_state block makes only the primary's key a primary remote state, but
# the bucket is still the primary's state storage, in the primary region: a primary outage
# locks DR out of its own state. Keep DR state in a DR bucket (sibling_dr_state_ok).
terraform {
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "dr/app.tfstate"
    region       = "us-east-1"
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

data "terraform_remote_state" "dr_network" {
  backend = "s3"
  config = {
    bucket = "acme-terraform-state"
    key    = "dr/network.tfstate"
    region = "us-east-1"
  }
}
