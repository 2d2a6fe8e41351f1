data "aws_vpc" "primary" {
  provider = aws.primary
  id       = var.primary_vpc_id
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = merge(var.tags, {
    Name = var.name
  })
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = aws_vpc.this.id
  peer_vpc_id = data.aws_vpc.primary.id
  peer_region = var.primary_region
  auto_accept = false

  tags = merge(var.tags, {
    Name = "${var.name}-to-primary"
  })
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block                = var.primary_vpc_cidr
    vpc_peering_connection_id = aws_vpc_peering_connection.to_primary.id
  }

  tags = var.tags
}

resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}

module "subnets" {
  source = "../subnets"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  vpc_id         = aws_vpc.this.id
  vpc_cidr       = var.vpc_cidr
  azs            = var.azs
  route_table_id = aws_route_table.private.id
  name           = var.name
  tags           = var.tags
}
