# Another root (it keeps its own state) without a provider "aws" block: linted on its own by
# tflint --recursive, it is told to add one.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  backend "s3" {
    bucket       = "dr-terraform-state"
    key          = "jobs/terraform.tfstate"
    region       = "us-west-2"
    use_lockfile = true
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}
