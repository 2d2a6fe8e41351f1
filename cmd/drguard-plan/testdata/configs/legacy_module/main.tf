# The seed layout with a legacy child module that declares its own provider block in the
# primary region (provider_config key module.legacy:aws).
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "dr_region" {
  type    = string
  default = "us-west-2"
}

provider "aws" {
  region = var.dr_region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary" {
  backend = "local"
  config = {
    path = "../primary/terraform.tfstate"
  }
}

# Reads through the primary alias are allowed: one read at plan time, one deferred to apply
# (it appears in resource_changes with the action "read").
data "aws_region" "primary" {
  provider = aws.primary
}

data "aws_region" "primary_late" {
  provider   = aws.primary
  depends_on = [aws_s3_bucket.dr]
}

resource "aws_s3_bucket" "dr" {
  bucket = "dr-${data.terraform_remote_state.primary.outputs.bucket}"
}

resource "aws_sqs_queue" "dr" {
  name = "dr-queue"
  tags = {
    primary_region = data.aws_region.primary.name
  }
}

resource "aws_iam_role" "dr" {
  name = "dr-role"
}

module "app" {
  source = "../modules/app"
}

module "legacy" {
  source = "../modules/legacy"
}
