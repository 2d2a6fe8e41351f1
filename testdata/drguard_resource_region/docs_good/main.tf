provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# No region argument: the bucket inherits the DR provider's us-west-2.
resource "aws_s3_bucket" "replica" {
  bucket = "dr-replica"
}

resource "aws_subnet" "a" {
  vpc_id            = "vpc-123"
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-west-2a"
}

resource "aws_dynamodb_table" "sessions" {
  name         = "sessions"
  hash_key     = "id"
  billing_mode = "PAY_PER_REQUEST"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "us-west-1"
  }
}
