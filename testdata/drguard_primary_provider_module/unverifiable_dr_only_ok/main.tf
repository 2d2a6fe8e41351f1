# None of these is installed (no terraform init yet), and none receives a primary
# configuration: by default (unverifiable_modules = "primary") they are not reported.

# Uses no provider at all.
module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
  name    = "orders"
}

# Inherits the DR default.
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  name    = "orders"
}

# Handed the DR default explicitly.
module "dns" {
  source = "git::https://example.com/acme/dns.git?ref=v1.0.0"
  providers = {
    aws = aws
  }
  zone_name = "dr.example.com"
}
