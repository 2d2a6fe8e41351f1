variable "region" {
  type = string
}

resource "aws_dynamodb_table" "sessions" {
  name     = "sessions"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = var.region
  }
}
