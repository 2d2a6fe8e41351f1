provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "domain_name" {
  type    = string
  default = "dr.example.com"
}

# CloudFront only accepts certificates from us-east-1.
resource "aws_acm_certificate" "cdn" {
  provider          = aws.primary
  domain_name       = var.domain_name
  validation_method = "DNS"
}
