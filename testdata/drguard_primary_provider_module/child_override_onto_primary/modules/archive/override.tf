resource "aws_s3_bucket" "archive" {
  provider = aws.src
}
