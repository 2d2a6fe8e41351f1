plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  # gcs names no region: its remote state is the primary's through this block.
  primary_state {
    backend = "gcs"
    bucket  = "primary-tf-state"
  }
}
