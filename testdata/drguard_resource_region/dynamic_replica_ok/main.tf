provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "replica_regions" {
  type    = list(string)
  default = ["eu-west-1", "us-west-1"]
}

variable "replication_rules" {
  type = map(object({ destinations = list(object({ region = string, registry_id = string })) }))
  default = {
    images = {
      destinations = [
        { region = "eu-west-1", registry_id = "123456789012" },
        { region = "us-west-1", registry_id = "123456789012" },
      ]
    }
  }
}

# A replica per element of the dynamic block, none in the primary region.
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

# Nested dynamic blocks, the inner one iterating over the outer one's element (with its
# own iterator name).
resource "aws_ecr_replication_configuration" "images" {
  replication_configuration {
    dynamic "rule" {
      for_each = var.replication_rules
      content {
        dynamic "destination" {
          for_each = rule.value.destinations
          iterator = dest
          content {
            region      = dest.value.region
            registry_id = dest.value.registry_id
          }
        }
      }
    }
  }
}
