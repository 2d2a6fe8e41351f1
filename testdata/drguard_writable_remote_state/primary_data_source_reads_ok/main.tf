provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "aws_vpc" "primary" {
  provider = aws.primary
  tags     = { Name = "main" }
}

data "aws_route_table" "dr" {
  tags = { Name = "dr" }
}

resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
}

# The far end of a peering, and a CIDR: reads of the primary.
resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = aws_vpc.dr.id
  peer_vpc_id = data.aws_vpc.primary.id
  peer_region = "us-east-1"
}

resource "aws_route" "to_primary" {
  route_table_id            = data.aws_route_table.dr.id
  destination_cidr_block    = data.aws_vpc.primary.cidr_block
  vpc_peering_connection_id = aws_vpc_peering_connection.to_primary.id
}
