plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  dr_scope {
    modules = ["*_dr"]
  }
}
