plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend = "s3"
    bucket  = "primary-terraform-state"
    key     = "network/terraform.tfstate"
  }
}
