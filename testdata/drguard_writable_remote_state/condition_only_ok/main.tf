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
  primary_az = data.terraform_remote_state.primary_vpc.outputs.availability_zone
  dr_route_tables = {
    "us-east-1a" = "rtb-0dr0000000000000a"
    "us-east-1b" = "rtb-0dr0000000000000b"
  }
}

resource "aws_route_table" "dr" {
  vpc_id = "vpc-0dr0000000000000"
}

resource "aws_route_table" "dr_fallback" {
  vpc_id = "vpc-0dr0000000000000"
}

# The primary's value only decides between two DR route tables.
resource "aws_route" "by_condition" {
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs.vpc_id != "" ? aws_route_table.dr.id : aws_route_table.dr_fallback.id
  destination_cidr_block = "10.2.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# The primary's value only selects a key of a DR map.
resource "aws_route" "by_index" {
  route_table_id         = local.dr_route_tables[local.primary_az]
  destination_cidr_block = "10.3.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# count from the primary's outputs is not a sink.
resource "aws_route" "counted" {
  count                  = length(data.terraform_remote_state.primary_vpc.outputs.route_table_ids)
  route_table_id         = aws_route_table.dr.id
  destination_cidr_block = "10.4.${count.index}.0/24"
  gateway_id             = "vgw-0123456789abcdef0"
}
