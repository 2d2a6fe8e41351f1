provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Read through the DR default: a DR object.
data "aws_route_table" "dr_private" {
  tags = { Name = "private" }
}

# Adds a route to DR's own route table.
resource "aws_route" "to_dr" {
  route_table_id         = data.aws_route_table.dr_private.id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
