# S3 cross-region replication with the source and the replica bucket in one root module, the
# layout of the AWS provider's replication examples. The primary side writes to us-east-1 by
# design; the DR side (everything on aws.dr) must not.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_iam_role" "replication" {
  name               = "s3-replication"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "s3.amazonaws.com" } }] })
}

resource "aws_s3_bucket" "source" {
  bucket = "orders-source-use1"
}

resource "aws_s3_bucket_versioning" "source" {
  bucket = aws_s3_bucket.source.id
  versioning_configuration {
    status = "Enabled"
  }
}

# The replication rule lives with the source: the primary side, writing into the replica is
# its job.
resource "aws_s3_bucket_replication_configuration" "source" {
  depends_on = [aws_s3_bucket_versioning.source]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.source.id

  rule {
    id     = "all"
    status = "Enabled"
    destination {
      bucket        = aws_s3_bucket.replica.arn
      storage_class = "STANDARD"
    }
  }
}

# The DR side.
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "orders-replica-usw2"
}

resource "aws_s3_bucket_versioning" "replica" {
  provider = aws.dr
  bucket   = aws_s3_bucket.replica.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Mistake: a DR-side lifecycle rule configured on the source bucket (its bucket comes from the
# primary side), so the DR side writes to the primary's bucket.
resource "aws_s3_bucket_lifecycle_configuration" "replica" {
  provider = aws.dr
  bucket   = aws_s3_bucket.source.id

  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 30
    }
  }
}

# Mistake: the replica's access logs, on the DR side, placed in the primary region by the
# AWS provider v6 region argument.
resource "aws_s3_bucket" "replica_logs" {
  provider = aws.dr
  bucket   = "orders-replica-logs"
  region   = "us-east-1"
}
