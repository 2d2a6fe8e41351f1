# The DR root: it calls the reusable module in modules/queue. tflint --recursive lints that
# module and the root in stacks/jobs on their own too.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  backend "s3" {
    bucket       = "dr-terraform-state"
    key          = "app/terraform.tfstate"
    region       = "us-west-2"
    use_lockfile = true
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

module "queue" {
  source = "./modules/queue"
  name   = "orders"
}
