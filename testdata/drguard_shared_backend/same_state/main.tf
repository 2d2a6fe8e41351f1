terraform {
  # The primary's own state: same bucket and key.
  backend "s3" {
    bucket       = "primary-terraform-state"
    key          = "network/terraform.tfstate"
    use_lockfile = true
  }
}
