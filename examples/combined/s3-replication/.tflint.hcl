plugin "terraform" {
  enabled = false
}

# Source and replica in one configuration: the replica side (aws.dr) is the DR side.
plugin "drguard" {
  enabled = true

  primary_regions = ["us-east-1"]

  dr_scope {
    providers = ["aws.dr"]
  }
}
