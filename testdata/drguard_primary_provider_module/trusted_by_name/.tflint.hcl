config {
  call_module_type = "none"
}

plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_primary_provider_module" {
  enabled         = true
  trusted_modules = ["shared"]
}
