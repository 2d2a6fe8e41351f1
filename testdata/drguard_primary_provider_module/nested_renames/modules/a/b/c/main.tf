terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.dst]
    }
  }
}

resource "aws_route53_record" "failover" {
  provider = aws.dst
  zone_id  = "Z123"
  name     = "app.example.com"
  type     = "CNAME"
  ttl      = 60
  records  = ["dr.example.com"]
}
