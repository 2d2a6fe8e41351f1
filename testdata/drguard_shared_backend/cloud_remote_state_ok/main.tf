terraform {
  cloud {
    organization = "acme"

    workspaces {
      name = "network-dr"
    }
  }
}

# Same organization, another workspace; and a cloud remote state names no region,
# so it is not primary without a matching primary_state block.
data "terraform_remote_state" "network" {
  backend = "remote"
  config = {
    organization = "acme"
    workspaces = {
      name = "network-prod"
    }
  }
}
