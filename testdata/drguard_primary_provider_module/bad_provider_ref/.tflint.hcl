plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

# module.queue inherits the DR default: report what cannot be read all the same.
rule "drguard_primary_provider_module" {
  enabled              = true
  unverifiable_modules = "all"
}
