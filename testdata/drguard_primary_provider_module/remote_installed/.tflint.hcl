config {
  call_module_type = "all"
}

plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}
