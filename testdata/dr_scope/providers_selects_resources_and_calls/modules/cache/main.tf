resource "aws_elasticache_replication_group" "this" {
  replication_group_id = "cache"
  description          = "cache"
}
