plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  # No key: every state in the bucket is the primary's.
  primary_state {
    backend = "s3"
    bucket  = "acme-terraform-state"
    region  = "us-east-1"
  }
}
