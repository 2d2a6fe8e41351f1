terraform {
  # The primary backend block copied verbatim.
  backend "s3" {
    bucket         = "primary-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "primary-tf-locks"
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
