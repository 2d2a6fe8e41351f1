plugin "terraform" {
  enabled = false
}

# An Aurora global database with module "primary" and module "secondary" in one configuration:
# the secondary modules are the DR side.
plugin "drguard" {
  enabled = true

  dr_scope {
    modules = ["secondary*"]
  }
}
