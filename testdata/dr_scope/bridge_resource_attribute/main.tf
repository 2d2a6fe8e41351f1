provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# The primary side.
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_route_table" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_s3_bucket" "source" {
  bucket = "orders-source"
}

# A route written into the primary's route table by the DR side.
resource "aws_route" "to_dr" {
  provider               = aws.dr
  route_table_id         = aws_route_table.main.id
  destination_cidr_block = "10.1.0.0/16"
}

# Replicating into the primary's bucket writes to it.
resource "aws_s3_bucket_replication_configuration" "back" {
  provider = aws.dr
  bucket   = "orders-replica"
  role     = "arn:aws:iam::111111111111:role/replication"

  rule {
    id     = "back"
    status = "Enabled"

    destination {
      bucket = aws_s3_bucket.source.arn
    }
  }
}
