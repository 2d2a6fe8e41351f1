provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The lock table is learned from the remote state's config.
data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket         = "primary-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "primary-tf-locks"
  }
}

# Creating the primary's state bucket or lock table by name.
resource "aws_s3_bucket" "state" {
  bucket = "primary-terraform-state"
}

resource "aws_dynamodb_table" "locks" {
  name     = "primary-tf-locks"
  hash_key = "LockID"

  attribute {
    name = "LockID"
    type = "S"
  }
}
