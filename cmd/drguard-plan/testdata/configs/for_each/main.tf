# The seed layout with counted and for_each resources and module instances on the primary
# alias. Instance keys with dots, brackets and quotes must be stripped properly; shard_dr is
# not shard.
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

resource "aws_s3_bucket" "per_env" {
  for_each = toset(["blue", "green"])
  provider = aws.primary
  bucket   = "per-env-${each.key}"
}

resource "aws_sqs_queue" "primary_copies" {
  count    = 1
  provider = aws.primary
  name     = "primary-copy-${count.index}"
}

resource "aws_sqs_queue" "copies" {
  count = 2
  name  = "copy-${count.index}"
}

locals {
  shards = {
    "a.b"    = "dotted"
    "c]d\"e" = "bracket and quote"
  }
}

module "shard" {
  source   = "../modules/app"
  for_each = local.shards
  providers = {
    aws = aws.primary
  }
}

module "shard_dr" {
  source   = "../modules/app"
  for_each = local.shards
}
