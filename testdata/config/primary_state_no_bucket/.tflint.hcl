plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
  primary_state {
    backend = "s3"
    key     = "network/terraform.tfstate"
  }
}
