plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["us-east-1"]

  dr_scope {
    providers = ["aws.dr"]
  }
}
