plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_primary_provider_module" {
  enabled              = true
  unverifiable_modules = "installed"
}
