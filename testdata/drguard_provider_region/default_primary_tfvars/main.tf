variable "dr_region" {
  type    = string
  default = "us-west-2"
}

# terraform.tfvars sets dr_region to the primary region.
provider "aws" {
  region = var.dr_region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
