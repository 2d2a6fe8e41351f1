provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Importing a primary object makes DR manage it: the import block is reported
# as well as the resource block it targets.
import {
  to       = aws_s3_bucket.shared
  id       = "primary-shared-bucket"
  provider = aws.primary
}

resource "aws_s3_bucket" "shared" {
  provider = aws.primary
  bucket   = "primary-shared-bucket"
}
