plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["us-central1"]

  dr_scope {
    modules   = ["dr_*"]
    files     = ["*_secondary.tf"]
    providers = ["google.secondary"]
  }
}
