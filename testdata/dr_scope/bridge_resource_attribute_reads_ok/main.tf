provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# The primary side.
resource "aws_db_instance" "main" {
  identifier     = "orders"
  engine         = "postgres"
  instance_class = "db.r6g.large"
}

resource "aws_rds_global_cluster" "orders" {
  global_cluster_identifier = "orders"
}

resource "aws_s3_bucket" "source" {
  bucket = "orders-source"
}

# The primary side writes to its own objects: not judged.
resource "aws_s3_bucket_policy" "source" {
  bucket = aws_s3_bucket.source.id
  policy = "{}"
}

# The DR side reads the primary's objects: a read replica, a global cluster membership, a
# replication destination of its own, and a policy that names the primary's bucket.
resource "aws_db_instance" "replica" {
  provider            = aws.dr
  identifier          = "orders-replica"
  instance_class      = "db.r6g.large"
  replicate_source_db = aws_db_instance.main.arn
}

resource "aws_rds_cluster" "secondary" {
  provider                  = aws.dr
  cluster_identifier        = "orders-secondary"
  engine                    = "aurora-postgresql"
  global_cluster_identifier = aws_rds_global_cluster.orders.id
}

resource "aws_s3_bucket" "replica" {
  provider = aws.dr
  bucket   = "orders-replica"
}

resource "aws_iam_policy" "read_source" {
  provider = aws.dr
  name     = "read-orders-source"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = ["${aws_s3_bucket.source.arn}/*"] }]
  })
}
