provider "aws" {
  region = "us-west-2"
}

variable "primary_region" {
  type = string
}

# Named primary: primary whatever its region.
provider "aws" {
  alias  = "primary"
  region = var.primary_region
}

resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  bucket   = "dr-logs"
}
