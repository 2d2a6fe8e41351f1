terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }
}

# Used by a data source only, with no provider block, but no backend either: a reusable module
# (tflint --recursive lints it on its own), whose caller hands it its configurations.
data "aws_caller_identity" "current" {}

output "account_id" {
  value = data.aws_caller_identity.current.account_id
}
