provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "bridge_role_arn" {
  type = string
}

# The role comes from a variable without a value: not known, not reported.
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
    assume_role = {
      role_arn = var.bridge_role_arn
    }
  }
}

data "terraform_remote_state" "dns" {
  backend = "s3"
  config = {
    bucket   = "primary-terraform-state"
    key      = "dns/terraform.tfstate"
    region   = "us-east-1"
    role_arn = var.bridge_role_arn
  }
}
