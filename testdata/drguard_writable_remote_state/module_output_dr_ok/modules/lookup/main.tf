# Reads DR's route table through the default (DR) configuration.
data "aws_route_table" "private" {
  tags = {
    Name = "dr-private"
  }
}

output "route_table_id" {
  value = data.aws_route_table.private.id
}
