# Reads DR's own network stack (its state bucket is in the DR region).
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
  }
}

output "vpc" {
  value = {
    id         = data.terraform_remote_state.network.outputs.vpc_id
    cidr_block = data.terraform_remote_state.network.outputs.vpc_cidr_block
  }
}
