variable "region" {
  type = string
}

# A legacy module that configures its own provider: the region comes from the caller.
provider "aws" {
  region = var.region
}

resource "aws_sqs_queue" "events" {
  name = "events"
}
