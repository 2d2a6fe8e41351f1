variable "region" {
  type = string
}

# Unknown regions are never a finding, even with dr_regions set.
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
