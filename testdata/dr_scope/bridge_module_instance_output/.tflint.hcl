plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["eu-west-1"]

  dr_scope {
    files = ["dr.tf"]
  }
}
