terraform {
  required_providers {
    awsdr = {
      source = "hashicorp/aws"
    }
  }
}

# A regional provider under another local name.
provider "awsdr" {
  alias = "replica"
}
