variable "name" {
  type = string
}

variable "backup_region" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "${var.name}-jobs"
}

# Mistake, in the DR instance: its backup replica goes back to the primary region.
resource "aws_dynamodb_table" "sessions" {
  name         = "${var.name}-sessions"
  hash_key     = "id"
  billing_mode = "PAY_PER_REQUEST"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = var.backup_region
  }
}
