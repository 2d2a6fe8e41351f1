# One stack per region, with OpenTofu's for_each provider configurations: the same module is
# called for every entry of a map of regions.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

variable "regions" {
  type = map(object({ region = string, backup_region = string }))
  default = {
    primary = { region = "us-east-1", backup_region = "us-west-2" }
    dr      = { region = "us-west-2", backup_region = "us-east-1" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias    = "by_region"
  for_each = var.regions
  region   = each.value.region
}

module "stack" {
  source   = "./modules/stack"
  for_each = var.regions
  providers = {
    aws = aws.by_region[each.key]
  }

  name          = "orders-${each.key}"
  backup_region = each.value.backup_region
}
