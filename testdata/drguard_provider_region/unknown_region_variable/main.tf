variable "region" {
  type = string
}

# Unknown regions are never this rule's finding, even with dr_regions set;
# drguard_provider_region_implicit warns that var.region has no value.
provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "tools"
  region = var.region
}
