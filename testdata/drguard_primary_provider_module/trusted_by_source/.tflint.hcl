plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_primary_provider_module" {
  enabled = true
  trusted_modules = [
    "git::https://example.com/acme/vpc.git?ref=v1.2.0",
    "acme/dns/aws",
  ]
}
