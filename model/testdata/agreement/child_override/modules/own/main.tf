# Not passed by the caller, so module.own's own configuration (Terraform warns: "Redundant empty provider block").
provider "terraform" {
  alias = "x"
}

# Binds to module.own:terraform, the default block override.tf adds (not to the root's).
resource "terraform_data" "own" {}

resource "terraform_data" "own_x" {
  provider = terraform.x
}
