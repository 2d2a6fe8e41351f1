data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

output "vpc" {
  value = {
    id         = data.terraform_remote_state.network.outputs.vpc_id
    cidr_block = data.terraform_remote_state.network.outputs.vpc_cidr_block
  }
}
