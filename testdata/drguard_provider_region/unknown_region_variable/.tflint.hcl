plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  dr_regions = ["us-west-2"]
}
