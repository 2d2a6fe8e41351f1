variable "bucket_name" {
  type = string
}

variable "readers" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

data "aws_kms_alias" "primary_s3" {
  provider = aws.primary
  name     = "alias/aws/s3"
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket_name
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

module "policy" {
  source = "../bucket-policy"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  bucket  = aws_s3_bucket.this.id
  readers = var.readers
}

output "bucket" {
  value = aws_s3_bucket.this.id
}

output "primary_s3_key" {
  value = data.aws_kms_alias.primary_s3.target_key_arn
}
