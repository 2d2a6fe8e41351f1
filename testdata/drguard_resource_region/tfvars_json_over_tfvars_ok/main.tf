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

# terraform.tfvars sets the primary region, and terraform.tfvars.json, which Terraform
# loads after it, sets the DR region back.
resource "aws_sqs_queue" "jobs" {
  name   = "dr-jobs"
  region = var.queue_region
}
