# Matches the trusted source exactly, ref included.
module "vpc" {
  source = "git::https://example.com/acme/vpc.git?ref=v1.2.0"
}

# The version argument is not part of the source string.
module "dns" {
  source  = "acme/dns/aws"
  version = "2.1.0"
}

# Another ref of the same repository is another source: not trusted.
module "vpc_next" {
  source = "git::https://example.com/acme/vpc.git?ref=v2.0.0"
}
