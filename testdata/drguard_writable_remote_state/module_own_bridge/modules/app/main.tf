data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

resource "aws_route" "to_dr" {
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}

# An object in the primary's state bucket.
resource "aws_s3_object" "marker" {
  bucket  = "primary-terraform-state"
  key     = "dr/marker"
  content = "dr"
}
