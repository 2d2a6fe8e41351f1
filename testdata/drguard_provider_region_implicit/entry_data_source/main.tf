terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  # A root module: it keeps its own state.
  backend "s3" {
    bucket       = "dr-terraform-state"
    key          = "account/terraform.tfstate"
    region       = "us-west-2"
    use_lockfile = true
  }
}

# Used by a data source only; still no block for the default configuration.
data "aws_caller_identity" "current" {}

output "account_id" {
  value = data.aws_caller_identity.current.account_id
}
