# Regions from variables only: no provider block names a region literally. primary_regions is
# inferred from aws.primary's var.primary_region; terraform.tfvars points the backup
# configuration and a legacy module's own provider block at the primary region.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "dr_region" {
  type = string
}

variable "primary_region" {
  type = string
}

variable "backup_region" {
  type = string
}

provider "aws" {
  region = var.dr_region
}

provider "aws" {
  alias  = "primary"
  region = var.primary_region
}

provider "aws" {
  alias  = "backup"
  region = var.backup_region
}

data "aws_region" "primary" {
  provider = aws.primary
}

resource "aws_s3_bucket" "dr" {
  bucket = "dr"
}

resource "aws_s3_bucket" "backup" {
  provider = aws.backup
  bucket   = "backup"
}

# IAM has no region: only the provider's region, resolved through var.backup_region, shows it.
resource "aws_iam_role" "backup" {
  provider = aws.backup
  name     = "backup"
}

module "legacy" {
  source = "../modules/legacy_var"
  region = var.primary_region
}
