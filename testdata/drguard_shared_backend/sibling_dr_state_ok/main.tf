terraform {
  backend "s3" {
    bucket       = "dr-terraform-state"
    key          = "app/terraform.tfstate"
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

# Another DR stack in the same DR bucket: not a primary remote state.
data "terraform_remote_state" "dr_network" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
  }
}
