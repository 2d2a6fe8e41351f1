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

# A data source only reads: naming the primary's state bucket in it is allowed.
data "aws_s3_bucket" "state" {
  bucket = "primary-terraform-state"
}

# A reference to an argument set in configuration evaluates to its value: this object is
# written into the primary's state bucket.
resource "aws_s3_object" "marker" {
  bucket  = data.aws_s3_bucket.state.bucket
  key     = "dr/marker"
  content = "dr"
}

resource "aws_s3_bucket" "audit" {
  bucket = "primary-terraform-state"
}

resource "aws_s3_bucket_policy" "audit" {
  bucket = aws_s3_bucket.audit.bucket
  policy = "{}"
}
