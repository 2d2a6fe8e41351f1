terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# The module gets aws.dr explicitly: the default configuration is never used.
module "bucket" {
  source = "./modules/bucket"
  providers = {
    aws = aws.dr
  }
}
