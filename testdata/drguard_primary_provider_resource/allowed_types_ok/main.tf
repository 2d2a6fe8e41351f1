provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# CloudFront certificates must live in us-east-1.
resource "aws_acm_certificate" "cdn" {
  provider          = aws.primary
  domain_name       = "dr.example.com"
  validation_method = "DNS"
}

resource "aws_cloudfront_origin_access_control" "dr" {
  provider                          = aws.primary
  name                              = "dr"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
