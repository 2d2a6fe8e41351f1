plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

# None of the calls receives a primary configuration: report every one drguard cannot read,
# but for the trusted ones.
rule "drguard_primary_provider_module" {
  enabled              = true
  unverifiable_modules = "all"
  trusted_modules = [
    "git::https://example.com/acme/vpc.git?ref=v1.2.0",
    "acme/dns/aws",
  ]
}
