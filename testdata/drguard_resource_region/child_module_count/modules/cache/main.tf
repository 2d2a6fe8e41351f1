variable "name" {
  type = string
}

variable "zone" {
  type = string
}

resource "aws_elasticache_cluster" "this" {
  cluster_id        = var.name
  engine            = "redis"
  node_type         = "cache.t4g.small"
  num_cache_nodes   = 1
  availability_zone = var.zone
}
