provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "storage/terraform.tfstate"
    region = "us-east-1"
  }
}

resource "aws_s3_bucket" "orders" {
  bucket = "dr-orders"
}

resource "aws_s3_bucket" "orders_copy" {
  bucket = "dr-orders-copy"
}

locals {
  replication = {
    orders = {
      source       = aws_s3_bucket.orders.id
      destinations = [aws_s3_bucket.orders_copy.arn]
    }
  }
}

# The destination, through the nested dynamic blocks' iterators, is DR's own bucket; the
# primary's remote state is read for nothing that is written.
resource "aws_s3_bucket_replication_configuration" "orders" {
  role   = "arn:aws:iam::123456789012:role/dr-replication"
  bucket = aws_s3_bucket.orders.id

  dynamic "rule" {
    for_each = local.replication
    content {
      id     = rule.key
      status = "Enabled"

      dynamic "destination" {
        for_each = rule.value.destinations
        content {
          bucket = destination.value
        }
      }
    }
  }
}
