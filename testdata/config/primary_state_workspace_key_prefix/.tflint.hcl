plugin "terraform" {
  enabled = false
}

# workspace_key_prefix only places non-default workspaces' states, which drguard does not
# model: in the default workspace the state object is key itself.
plugin "drguard" {
  enabled = true
  primary_state {
    backend              = "s3"
    bucket               = "primary-terraform-state"
    key                  = "network/terraform.tfstate"
    workspace_key_prefix = "envs"
  }
}
