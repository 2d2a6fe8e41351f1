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
  dr_route_table_list = ["rtb-0dr0000000000000a", "rtb-0dr0000000000000b"]
}

# The primary's value is only the key of lookup() and the index of element(): the selected
# value is a DR route table, as with local.dr_route_tables[local.primary_az].
resource "aws_route" "by_lookup" {
  route_table_id         = lookup(local.dr_route_tables, local.primary_az, "rtb-0dr0000000000000a")
  destination_cidr_block = "10.2.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

resource "aws_route" "by_element" {
  route_table_id         = element(local.dr_route_table_list, data.terraform_remote_state.primary_vpc.outputs.az_index)
  destination_cidr_block = "10.3.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
