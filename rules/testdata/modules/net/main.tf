terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.src]
    }
  }
}
resource "aws_vpc" "dr" {}
module "subnets" {
  source = "../subnets"
  providers = {
    aws = aws.src
  }
}
