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

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# Meant to read the primary, but copied from this configuration's own backend.
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
  }
}
