plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_writable_remote_state" {
  enabled                = true
  read_only_role_pattern = "^arn:aws:iam::[0-9]{12}:role/terraform-read-only$"
}
