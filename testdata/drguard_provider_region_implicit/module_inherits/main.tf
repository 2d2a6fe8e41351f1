terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module inherits the default aws configuration, which has no block.
module "bucket" {
  source = "./modules/bucket"
}
