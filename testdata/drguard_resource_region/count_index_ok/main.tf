provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "queue_regions" {
  type    = list(string)
  default = ["us-west-2", "us-west-1"]
}

# One queue per region, chosen by index (AWS provider v6): every instance is in a DR
# region.
resource "aws_sqs_queue" "jobs" {
  count  = length(var.queue_regions)
  name   = "dr-jobs-${count.index}"
  region = var.queue_regions[count.index]
}
