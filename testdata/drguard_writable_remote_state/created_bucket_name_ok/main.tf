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
  primary_assets_bucket = data.terraform_remote_state.primary_vpc.outputs.assets_bucket
}

# New DR buckets and tables named after the primary's: they are created, not selected.
resource "aws_s3_bucket" "assets_replica" {
  bucket = "${local.primary_assets_bucket}-dr"
}

resource "aws_dynamodb_table" "sessions_replica" {
  name     = "${data.terraform_remote_state.primary_vpc.outputs.sessions_table}-dr"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

# The replica's configuration names the new bucket: fine.
resource "aws_s3_bucket_versioning" "assets_replica" {
  bucket = aws_s3_bucket.assets_replica.id
  versioning_configuration {
    status = "Enabled"
  }
}
