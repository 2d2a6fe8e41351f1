terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.src]
    }
  }
}

# The DR default stays here; aws.src (the primary) goes down as the child's default.
resource "aws_s3_bucket" "dr" {
  bucket = "dr-a"
}

module "b" {
  source = "./b"
  providers = {
    aws = aws.src
  }
}
