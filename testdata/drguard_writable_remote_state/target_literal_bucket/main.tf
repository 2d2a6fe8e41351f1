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

# Zero configuration: the primary's state bucket is learned from the remote state that reads it.
resource "aws_s3_object" "marker" {
  bucket  = "primary-terraform-state"
  key     = "network/terraform.tfstate"
  content = "{}"
}

# Names match exactly: a bucket whose name merely starts with the state bucket's is not it.
resource "aws_s3_object" "replica_marker" {
  bucket  = "primary-terraform-state-replica"
  key     = "marker"
  content = "dr"
}
