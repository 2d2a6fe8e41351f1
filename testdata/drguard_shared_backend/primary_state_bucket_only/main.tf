terraform {
  # primary_state covers the whole bucket: DR shares its storage, but its key is
  # not known to be a primary state.
  backend "s3" {
    bucket       = "primary-terraform-state"
    key          = "dr/terraform.tfstate"
    use_lockfile = true
  }
}
