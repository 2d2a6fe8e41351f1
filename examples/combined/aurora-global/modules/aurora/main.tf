variable "name" {
  type = string
}

variable "global_cluster_identifier" {
  type = string
}

variable "is_primary" {
  type = bool
}

resource "aws_rds_cluster" "this" {
  cluster_identifier        = var.name
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
  global_cluster_identifier = var.global_cluster_identifier
  master_username           = var.is_primary ? "orders" : null
  manage_master_user_password = var.is_primary ? true : null
}

resource "aws_rds_cluster_instance" "this" {
  count              = 2
  identifier         = "${var.name}-${count.index}"
  cluster_identifier = aws_rds_cluster.this.id
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}
