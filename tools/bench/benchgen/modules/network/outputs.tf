output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = module.subnets.ids
}

output "private_route_table_id" {
  value = aws_route_table.private.id
}

output "peering_connection_id" {
  value = aws_vpc_peering_connection.to_primary.id
}

output "default_security_group_id" {
  value = aws_default_security_group.this.id
}
