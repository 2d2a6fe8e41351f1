plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  # Every stack keeps its state in one bucket in us-east-1, one key per stack. Only the
  # primary network's key is the primary's state.
  primary_state {
    backend = "s3"
    bucket  = "acme-terraform-state"
    key     = "primary/network.tfstate"
    region  = "us-east-1"
  }
}
