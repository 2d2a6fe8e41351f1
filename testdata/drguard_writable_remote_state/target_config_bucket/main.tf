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

# The state bucket read from the remote state's own config.
resource "aws_s3_object" "marker" {
  bucket  = data.terraform_remote_state.primary_vpc.config.bucket
  key     = "dr/marker"
  content = "dr"
}

# Through a local.
locals {
  primary_state_bucket = data.terraform_remote_state.primary_vpc.config["bucket"]
}

resource "aws_s3_bucket_versioning" "state" {
  bucket = local.primary_state_bucket
  versioning_configuration {
    status = "Suspended"
  }
}
