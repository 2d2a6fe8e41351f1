plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend = "gcs"
    bucket  = "acme-prod-tfstate"
    prefix  = "network"
  }
}
