provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Patterns match the whole type: aws_acm_certificate does not exempt
# aws_acm_certificate_validation.
resource "aws_acm_certificate_validation" "cdn" {
  provider        = aws.primary
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
}
