config {
  call_module_type = "none"
}

plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}
