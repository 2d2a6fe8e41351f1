plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_primary_provider_resource" {
  enabled                = true
  allowed_resource_types = ["aws_acm_certificate", "aws_cloudfront_*"]
}
