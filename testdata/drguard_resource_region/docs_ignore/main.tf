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

resource "aws_s3_bucket" "replica" {
  bucket = "dr-replica"
  # tflint-ignore: drguard_resource_region
  region = "us-east-1"
}

# tflint-ignore: drguard_resource_region
module "sessions" {
  source         = "./modules/replica"
  replica_region = var.replica_region
}
