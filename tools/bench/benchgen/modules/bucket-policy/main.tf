variable "bucket" {
  type = string
}

variable "readers" {
  type    = list(string)
  default = []
}

data "aws_caller_identity" "primary" {
  provider = aws.primary
}

resource "aws_s3_bucket_policy" "this" {
  bucket = var.bucket

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for account in concat(var.readers, [data.aws_caller_identity.primary.account_id]) : {
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${account}:root" }
      Action    = ["s3:GetObject"]
      Resource  = "arn:aws:s3:::${var.bucket}/*"
    }]
  })
}
