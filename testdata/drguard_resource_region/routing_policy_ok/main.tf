provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Regions that point at the primary without placing anything there.
resource "aws_route53_record" "api_primary" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "api.example.com"
  type           = "CNAME"
  ttl            = 60
  records        = ["api-primary.example.com"]
  set_identifier = "primary"

  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = "vpc-0aaaaaaaaaaaaaaaa"
  peer_vpc_id = "vpc-0bbbbbbbbbbbbbbbb"
  peer_region = "us-east-1"
}
