plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}
