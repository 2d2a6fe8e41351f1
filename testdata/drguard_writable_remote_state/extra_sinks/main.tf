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

# extra_sinks makes aws_vpc_endpoint.route_table_ids a sink: the endpoint would add routes
# to the primary's route tables.
resource "aws_vpc_endpoint" "s3" {
  vpc_id          = "vpc-0dr0000000000000"
  service_name    = "com.amazonaws.us-west-2.s3"
  route_table_ids = data.terraform_remote_state.primary_vpc.outputs.route_table_ids
}

# Not listed: subnet_ids stays a plain value.
resource "aws_vpc_endpoint" "api" {
  vpc_id            = "vpc-0dr0000000000000"
  service_name      = "com.amazonaws.us-west-2.execute-api"
  vpc_endpoint_type = "Interface"
  subnet_ids        = data.terraform_remote_state.primary_vpc.outputs.private_subnet_ids
}

# A type the table does not list: the extra argument adds to the fallback names.
resource "aws_ec2_transit_gateway_route_table_association" "dr" {
  transit_gateway_attachment_id  = "tgw-attach-0dr000000000000"
  transit_gateway_route_table_id = data.terraform_remote_state.primary_vpc.outputs.tgw_route_table_id
}
