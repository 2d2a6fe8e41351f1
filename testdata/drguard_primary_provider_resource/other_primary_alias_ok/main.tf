provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "prod"
  region = "us-east-1"
}

# With primary_aliases = ["prod"], "primary" is an ordinary alias, here in a DR region.
provider "aws" {
  alias  = "primary"
  region = "us-west-2"
}

resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  bucket   = "dr-logs"
}
