provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# assume_role.role_arn (Terraform >= 1.6): the read-only role passes.
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
    assume_role = {
      role_arn     = "arn:aws:iam::111111111111:role/terraform-read-only"
      session_name = "dr-bridge"
    }
  }
}

# assume_role.role_arn naming another role is reported.
data "terraform_remote_state" "dns" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "dns/terraform.tfstate"
    region = "us-east-1"
    assume_role = {
      role_arn = "arn:aws:iam::111111111111:role/terraform-deployer"
    }
  }
}

# A DR-side remote state is not the primary's: its role is not checked.
data "terraform_remote_state" "dr_dns" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "dns/terraform.tfstate"
    region = "us-west-2"
  }
}
