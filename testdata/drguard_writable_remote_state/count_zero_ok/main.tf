provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "enable_failback" {
  type    = bool
  default = false
}

data "terraform_remote_state" "primary" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# No instance (count = 0): the route it would add to the primary's route table is a
# per-instance value, judged only for instances that exist.
resource "aws_route" "failback" {
  count                  = var.enable_failback ? 1 : 0
  route_table_id         = data.terraform_remote_state.primary.outputs.route_table_id
  destination_cidr_block = "10.1.0.0/16"
  gateway_id             = "vgw-0123456789abcdef0"
}
