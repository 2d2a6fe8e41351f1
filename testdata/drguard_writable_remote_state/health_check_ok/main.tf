provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

locals {
  dr_zone_id = "Z0DR000000000000000"
}

# A health check of the primary endpoint, created on the DR side.
resource "aws_route53_health_check" "primary" {
  fqdn              = data.terraform_remote_state.primary_vpc.outputs.app_fqdn
  port              = 443
  type              = "HTTPS"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

# Failover records in DR's own zone: the primary record's alias names the primary's load
# balancer and its zone; the health check is the one above.
resource "aws_route53_record" "primary" {
  zone_id         = local.dr_zone_id
  name            = "app.example.com"
  type            = "A"
  set_identifier  = "primary"
  health_check_id = aws_route53_health_check.primary.id

  failover_routing_policy {
    type = "PRIMARY"
  }

  alias {
    name                   = data.terraform_remote_state.primary_vpc.outputs.lb_dns_name
    zone_id                = data.terraform_remote_state.primary_vpc.outputs.lb_zone_id
    evaluate_target_health = true
  }
}

resource "aws_route53_record" "secondary" {
  zone_id        = local.dr_zone_id
  name           = "app.example.com"
  type           = "CNAME"
  ttl            = 60
  set_identifier = "secondary"
  records        = ["dr-lb.us-west-2.elb.amazonaws.com"]

  failover_routing_policy {
    type = "SECONDARY"
  }
}

# A health check id from the primary's state is a pointer too.
resource "aws_route53_record" "primary_api" {
  zone_id         = local.dr_zone_id
  name            = "api.example.com"
  type            = "CNAME"
  ttl             = 60
  set_identifier  = "primary"
  health_check_id = data.terraform_remote_state.primary_vpc.outputs.api_health_check_id
  records         = [data.terraform_remote_state.primary_vpc.outputs.api_fqdn]

  failover_routing_policy {
    type = "PRIMARY"
  }
}
