provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# One remote state per primary stack.
data "terraform_remote_state" "primary" {
  for_each = toset(["network", "dns"])
  backend  = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "${each.key}/terraform.tfstate"
    region = "us-east-1"
  }
}

resource "aws_route" "to_dr" {
  route_table_id         = data.terraform_remote_state.primary["network"].outputs.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_route53_record" "dr" {
  zone_id = data.terraform_remote_state.primary["dns"].outputs.zone_id
  name    = "dr.example.com"
  type    = "CNAME"
  ttl     = 60
  records = ["dr-lb.us-west-2.elb.amazonaws.com"]
}
