# The repository's one TFLint configuration: args hands it to every directory that
# tflint --recursive lints (--config with an absolute path).
plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_regions = ["us-east-1"]
}
