provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "queue_region" {
  type    = string
  default = "us-east-1"
}

# terraform.tfvars overrides the default with the DR region.
resource "aws_sqs_queue" "jobs" {
  name   = "dr-jobs"
  region = var.queue_region
}
