terraform {
  # Shares the bucket of primary_state 1, and is the very state of primary_state 2:
  # the more serious finding (overwrite) is the one to report.
  backend "s3" {
    bucket       = "primary-terraform-state"
    key          = "network/terraform.tfstate"
    use_lockfile = true
  }
}
