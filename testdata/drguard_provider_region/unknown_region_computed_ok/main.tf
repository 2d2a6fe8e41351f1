# The region is read from the primary's outputs: not known before apply, and never a finding,
# even with dr_regions set. It depends on no variable, so drguard_provider_region_implicit has
# nothing to ask for either.
data "terraform_remote_state" "primary_network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

provider "aws" {
  region = data.terraform_remote_state.primary_network.outputs.dr_region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "tools"
  region = data.terraform_remote_state.primary_network.outputs.tools_region
}
