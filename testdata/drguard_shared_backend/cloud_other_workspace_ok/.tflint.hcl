plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend      = "remote"
    organization = "acme"
    workspace    = "network-primary"
  }
}
