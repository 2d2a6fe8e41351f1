# The DR configuration with one of each mistake drguard catches.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0"
    }
  }

  # drguard_shared_backend: DR state in the primary's bucket, in the primary region.
  backend "s3" {
    bucket         = "primary-terraform-state"
    key            = "dr/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "dr-tf-locks"
  }
}

# drguard_provider_region: the default configuration targets the primary region.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# drguard_provider_region_implicit: the region comes from the environment.
provider "aws" {
  alias = "dr"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

locals {
  primary_vpc_id = data.terraform_remote_state.primary_vpc.outputs.vpc_id
}

# drguard_primary_provider_resource: a managed resource on the primary alias.
resource "aws_security_group" "dr_access" {
  provider = aws.primary
  name     = "dr-access"
  vpc_id   = local.primary_vpc_id
}

# drguard_resource_region: a resource that places itself in the primary region.
resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "dr-replica"
  region   = "us-east-1"
}

# drguard_primary_provider_module: the module creates its queue with the primary alias.
module "replica" {
  source = "./modules/replica"
  providers = {
    aws = aws.primary
  }
}

# drguard_writable_remote_state: a DR-side resource that writes into the primary's route table.
resource "aws_route" "to_dr" {
  provider               = aws.dr
  route_table_id         = data.terraform_remote_state.primary_vpc.outputs.route_table_ids[0]
  destination_cidr_block = "10.1.0.0/16"
}
