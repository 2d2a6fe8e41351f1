provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

locals {
  primary_bucket = data.terraform_remote_state.primary_vpc.outputs.assets_bucket
}

# Every aws_s3_bucket_* resource configures the bucket its `bucket` names.
resource "aws_s3_bucket_policy" "assets" {
  bucket = local.primary_bucket
  policy = "{}"
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_lifecycle_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_public_access_block" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_acl" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_cors_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_logging" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_notification" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_ownership_controls" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_replication_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_website_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_object_lock_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_intelligent_tiering_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_accelerate_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_analytics_configuration" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_inventory" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_metric" "assets" {
  bucket = local.primary_bucket
}

resource "aws_s3_bucket_request_payment_configuration" "assets" {
  bucket = local.primary_bucket
}
