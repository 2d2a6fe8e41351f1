data "terraform_remote_state" "peer" {
  backend = "local"
  config = {
    path = "${path.module}/../bridge/primary.tfstate"
  }
}

resource "terraform_data" "uses_peer" {
  input = data.terraform_remote_state.peer.outputs
}
