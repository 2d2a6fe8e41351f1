provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The bridge reads the primary's state with its read-only role.
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket   = "primary-terraform-state"
    key      = "network/terraform.tfstate"
    region   = "us-east-1"
    role_arn = "arn:aws:iam::111111111111:role/terraform-read-only"
  }
}
