provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
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
  state_bucket_arn = "arn:aws:s3:::primary-terraform-state"
}

# The state bucket named by its ARN, through a local.
resource "aws_s3_bucket_policy" "state" {
  bucket = local.state_bucket_arn
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "${local.state_bucket_arn}/*" }]
  })
}
