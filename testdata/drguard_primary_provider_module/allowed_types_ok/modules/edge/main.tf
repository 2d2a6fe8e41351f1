variable "domain_name" {
  type = string
}

resource "aws_acm_certificate" "cdn" {
  domain_name       = var.domain_name
  validation_method = "DNS"
}

resource "aws_acm_certificate_validation" "cdn" {
  certificate_arn = aws_acm_certificate.cdn.arn
}

resource "aws_wafv2_web_acl" "cdn" {
  name  = "dr-cdn"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "dr-cdn"
    sampled_requests_enabled   = false
  }
}
