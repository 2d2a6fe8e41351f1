variable "dr_region" {
  type    = string
  default = "us-west-2"
}

provider "aws" {
  region = var.dr_region
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
