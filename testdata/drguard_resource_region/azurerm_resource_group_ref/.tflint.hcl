plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["eastus"]
}
