plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

}

rule "drguard_writable_remote_state" {
  enabled                = true
  read_only_role_pattern = "role/(read-only"
}
