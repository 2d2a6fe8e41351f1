data "terraform_remote_state" "primary" {
  backend = "local"
  config = {
    path = "${path.module}/primary.tfstate"
  }
}

output "primary_outputs" {
  value = data.terraform_remote_state.primary.outputs
}
