resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}

resource "aws_s3_bucket" "exports" {
  bucket = "dr-exports"
