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

# Another DR state in the same bucket (a sibling stack): not this configuration's own state.
data "terraform_remote_state" "dr_dns" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "dns/terraform.tfstate"
    region = "us-west-2"
  }
}
