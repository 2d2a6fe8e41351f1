provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "aws_route_table" "primary" {
  provider = aws.primary
  tags     = { Name = "main" }
}

data "aws_security_group" "primary_app" {
  provider = aws.primary
  name     = "app"
}

locals {
  primary_rt = data.aws_route_table.primary.id
}

# A route written into the primary's route table.
resource "aws_route" "to_dr" {
  route_table_id         = local.primary_rt
  destination_cidr_block = "10.1.0.0/16"
}

# A rule added to the primary's security group.
resource "aws_vpc_security_group_ingress_rule" "from_dr" {
  security_group_id = data.aws_security_group.primary_app.id
  cidr_ipv4         = "10.1.0.0/16"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}
