# The primary region's own configuration: it writes to the primary region by design, so
# drguard is left out here (README, "Monorepo: primary and DR side by side"). Writing
# plugin "drguard" { enabled = false } instead would still make TFLint look the plugin up.
plugin "terraform" {
  enabled = true
  preset  = "recommended"
}
