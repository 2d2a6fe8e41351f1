provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Given with --var-file in the pipeline, not here: unknown.
variable "queue_regions" {
  type = list(string)
}

variable "replica_regions" {
  type = set(string)
}

data "aws_availability_zones" "dr" {}

# count, for_each and a dynamic block whose values are not known: count.index, each and the
# iterator are unknown, and so is every value derived from them. Nothing is reported.
resource "aws_sqs_queue" "jobs" {
  count  = length(var.queue_regions)
  name   = "dr-jobs-${count.index}"
  region = var.queue_regions[count.index]
}

resource "aws_subnet" "dr" {
  for_each          = toset(data.aws_availability_zones.dr.names)
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.1.${index(data.aws_availability_zones.dr.names, each.value)}.0/24"
  availability_zone = each.value
}

resource "aws_dynamodb_table" "sessions" {
  name             = "dr-sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  dynamic "replica" {
    for_each = var.replica_regions
    content {
      region_name = replica.value
    }
  }
}
