plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  dr_scope {
    providers = ["aws.dr"]
  }
}
