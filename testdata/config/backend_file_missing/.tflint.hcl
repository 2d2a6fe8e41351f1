plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
  backend_config_file = "dr.s3.tfbackend"
}
