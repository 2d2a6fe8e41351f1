config {
  call_module_type = "none"
}

plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

# module.app inherits the DR default: report what cannot be read all the same.
rule "drguard_primary_provider_module" {
  enabled              = true
  unverifiable_modules = "all"
}
