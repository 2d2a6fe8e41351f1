# The data bridge: reads the primary's network state.
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

output "route_table_id" {
  value = data.terraform_remote_state.network.outputs.private_route_table_id
}
