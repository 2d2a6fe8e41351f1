# An Aurora global cluster in one root module: module "primary" in us-east-1 and module
# "secondary" in us-west-2, the layout of the terraform-aws-rds-aurora global example.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "secondary"
  region = "us-west-2"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

module "primary" {
  source    = "./modules/aurora"
  providers = { aws = aws.primary }

  name                      = "orders-primary"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  is_primary                = true
}

# The secondary joins the global cluster: reading the primary's identifier is a membership,
# not a write.
module "secondary" {
  source    = "./modules/aurora"
  providers = { aws = aws.secondary }

  name                      = "orders-secondary"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
  is_primary                = false
}

# Mistake: the secondary's alarms get no providers map, so they inherit the default
# configuration, which is the primary region's.
module "secondary_monitoring" {
  source     = "./modules/monitoring"
  cluster_id = "orders-secondary"
}
