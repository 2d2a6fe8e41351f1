provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# A resource-level region (AWS provider v6) does not clear the primary binding.
resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  region   = "us-west-2"
  bucket   = "dr-logs"
}
