# The seed layout with managed resources on the primary alias. aws_s3_bucket.logs_copy (DR)
# must not be mistaken for aws_s3_bucket.logs (primary): addresses are matched whole.
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

resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  bucket   = "logs"
}

resource "aws_s3_bucket" "logs_copy" {
  bucket = "logs-copy"
}

# IAM has no region: only the provider binding shows that it goes through aws.primary.
resource "aws_iam_role" "leak" {
  provider = aws.primary
  name     = "leak"
}
