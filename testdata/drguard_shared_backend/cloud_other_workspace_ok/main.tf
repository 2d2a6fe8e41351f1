terraform {
  # Same organization, its own workspace: for remote/cloud only the workspace counts.
  cloud {
    organization = "acme"

    workspaces {
      name = "network-dr"
    }
  }
}
