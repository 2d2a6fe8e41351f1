plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  dr_regions = ["us-west-2"]

  dr_scope {
    providers = ["aws.dr"]
  }
}
