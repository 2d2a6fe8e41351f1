provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# An explicit provider = aws names the default configuration, which is in DR.
resource "aws_s3_bucket" "logs" {
  provider = aws
  bucket   = "dr-logs"
}
