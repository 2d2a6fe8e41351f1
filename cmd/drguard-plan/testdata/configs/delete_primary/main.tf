# Planned against the state of before/main.tf:
#   aws_s3_bucket.gone        removed from the configuration: delete in us-east-1 (finding)
#   aws_s3_bucket.moved       region argument dropped: replaced, destroying the us-east-1 object (finding)
#   aws_sqs_queue.tagged      tag changed on aws.primary: update (finding)
#   aws_sqs_queue.kept        unchanged on aws.primary: no-op (not a write)
#   aws_sqs_queue.forgotten   removed with destroy = false: forget (not a write)
#   aws_s3_bucket.dr_gone     removed, in the DR region: delete (passes)
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

provider "aws" {
  region = "us-west-2"
}

# Kept: destroying aws_s3_bucket.gone needs its original provider configuration.
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_s3_bucket" "dr" {
  bucket = "dr"
}

resource "aws_s3_bucket" "moved" {
  bucket = "moved"
}

resource "aws_sqs_queue" "kept" {
  provider = aws.primary
  name     = "kept"
}

resource "aws_sqs_queue" "tagged" {
  provider = aws.primary
  name     = "tagged"
  tags = {
    version = "2"
  }
}

removed {
  from = aws_sqs_queue.forgotten
  lifecycle {
    destroy = false
  }
}
