terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.peer]
    }
  }
}

data "aws_vpc" "peer" {
  provider = aws.peer
  tags     = { Name = "main" }
}

# On the DR default: fine.
resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = "vpc-dr"
  peer_vpc_id = data.aws_vpc.peer.id
  peer_region = "us-east-1"
}

# The accepter side lives in the primary region: written by DR.
resource "aws_vpc_peering_connection_accepter" "primary_side" {
  provider                  = aws.peer
  vpc_peering_connection_id = aws_vpc_peering_connection.to_primary.id
  auto_accept               = true
}
