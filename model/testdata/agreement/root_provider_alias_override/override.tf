# Matched by name and alias: merges into terraform.logs only (no arguments to change); the default stays separate.
provider "terraform" {
  alias = "logs"
}

resource "terraform_data" "moved_to_logs" {
  provider = terraform.logs
}
