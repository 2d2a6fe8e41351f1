plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend    = "s3"
    bucket     = "primary-terraform-state"
    region     = "us-east-1"
    lock_table = "primary-tf-locks"
  }
}
