terraform {
  # The primary's HCP Terraform workspace (hostname defaults to app.terraform.io).
  cloud {
    organization = "acme"

    workspaces {
      name = "network-primary"
    }
  }
}
