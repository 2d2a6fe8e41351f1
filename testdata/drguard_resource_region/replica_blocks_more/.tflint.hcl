plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["us-east-1", "us-east1", "eastus"]
}
