# The DR region's configuration: its own state in the DR region, the primary region read
# through a read-only data bridge, every managed object created in the DR region.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  # Mistake: DR state in the primary's bucket (region from the environment).
  backend "s3" {
    bucket         = "primary-terraform-state"
    key            = "dr/terraform.tfstate"
    dynamodb_table = "dr-tf-locks"
  }
}

provider "aws" {
  region = var.dr_region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "dr_region" {
  type    = string
  default = "us-west-2"
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
  primary_vpc_id   = data.terraform_remote_state.primary_vpc.outputs.vpc_id
  primary_vpc_cidr = data.terraform_remote_state.primary_vpc.outputs.vpc_cidr
}

# Reads through the primary alias are allowed.
data "aws_vpc" "primary" {
  provider = aws.primary
  id       = local.primary_vpc_id
}

resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_route_table" "dr" {
  vpc_id = aws_vpc.dr.id
}

resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = aws_vpc.dr.id
  peer_vpc_id = local.primary_vpc_id
  peer_region = "us-east-1"
}

resource "aws_route" "to_primary" {
  route_table_id            = aws_route_table.dr.id
  destination_cidr_block    = local.primary_vpc_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.to_primary.id
}
