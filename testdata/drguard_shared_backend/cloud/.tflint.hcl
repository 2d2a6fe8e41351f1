plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend      = "cloud"
    organization = "acme"
    workspace    = "network-primary"
  }
}
