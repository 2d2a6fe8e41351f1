provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# CloudFront certificates must live in us-east-1; the type is exempted.
resource "aws_acm_certificate" "cdn" {
  region            = "us-east-1"
  domain_name       = "dr.example.com"
  validation_method = "DNS"
}
