provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# DR's own state bucket.
data "aws_s3_bucket" "state" {
  bucket = "dr-terraform-state"
}

# A reference to an argument set in configuration evaluates to its value: DR's own bucket.
resource "aws_s3_object" "marker" {
  bucket  = data.aws_s3_bucket.state.bucket
  key     = "dr/marker"
  content = "dr"
}

resource "aws_s3_bucket" "audit" {
  bucket = "dr-audit"
}

resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.bucket
  policy = "{}"
}
