plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true

  primary_state {
    backend    = "s3"
    bucket     = "arn:aws:s3:::primary-terraform-state"
    key        = "network/terraform.tfstate"
    lock_table = "arn:aws:dynamodb:us-east-1:123456789012:table/primary-tf-locks"
  }
}
