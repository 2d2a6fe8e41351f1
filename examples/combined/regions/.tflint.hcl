plugin "terraform" {
  enabled = false
}

# One stack per region from a map; the instance on the DR region is the DR side.
plugin "drguard" {
  enabled = true

  primary_regions = ["us-east-1"]

  dr_scope {
    providers = ["aws.by_region[\"dr\"]"]
  }
}
