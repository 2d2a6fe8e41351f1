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
  primary_vpc_id = data.terraform_remote_state.primary_vpc.outputs.vpc_id
}

# Tags that point at the primary's objects are plain values, on sink-bearing types too.
resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
  tags = {
    Name         = "dr"
    PrimaryVpcId = local.primary_vpc_id
    PrimaryRtb   = data.terraform_remote_state.primary_vpc.outputs.route_table_ids[0]
  }
}

resource "aws_subnet" "dr" {
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.1.0/24"
  tags       = merge({ Name = "dr-a" }, { PrimaryVpc = local.primary_vpc_id })
  tags_all   = { PrimaryVpc = local.primary_vpc_id }
}

resource "aws_ec2_tag" "dr_vpc" {
  resource_id = aws_vpc.dr.id
  key         = "PrimaryVpcId"
  value       = local.primary_vpc_id
}
