terraform {
  backend "s3" {
    bucket       = "acme-tfstate"
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

variable "primary_state_bucket" {
  type = string
}

# A primary remote state (us-east-1) whose bucket is not known: an unknown value
# is never a finding, even though the key is the same as the backend's.
data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = var.primary_state_bucket
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}
