provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "replica_region" {
  type    = string
  default = "us-east-1"
}

module "sessions" {
  source         = "./modules/replica"
  replica_region = var.replica_region
}
