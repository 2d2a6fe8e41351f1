plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend = "gcs"
    bucket  = "primary-tf-state"
    prefix  = "network"
  }
}
