provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "queue_region" {
  type    = string
  default = "us-west-2"
}

# terraform.tfvars.json sets a DR region, and dr.tfvars (passed with --var-file, loaded
# after it) sets the primary region.
resource "aws_sqs_queue" "jobs" {
  name   = "dr-jobs"
  region = var.queue_region
}
