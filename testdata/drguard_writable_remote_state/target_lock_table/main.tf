provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The primary's lock table, named by the primary_state block: an item in it is a write.
resource "aws_dynamodb_table_item" "lock" {
  table_name = "primary-tf-locks"
  hash_key   = "LockID"
  item       = jsonencode({ LockID = { S = "primary-terraform-state/network/terraform.tfstate" } })
}

# By ARN.
resource "aws_dynamodb_table_item" "digest" {
  table_name = "arn:aws:dynamodb:us-east-1:111111111111:table/primary-tf-locks"
  hash_key   = "LockID"
  item       = jsonencode({ LockID = { S = "primary-terraform-state/network/terraform.tfstate-md5" } })
}

# Creating a table with the lock table's name.
resource "aws_dynamodb_table" "locks" {
  name     = "primary-tf-locks"
  hash_key = "LockID"
}

# DR's own lock table is fine.
resource "aws_dynamodb_table_item" "dr" {
  table_name = "dr-tf-locks"
  hash_key   = "LockID"
  item       = jsonencode({ LockID = { S = "dr" } })
}
