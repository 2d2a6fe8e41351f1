plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_writable_remote_state" {
  enabled = true
  extra_sinks = [
    "aws_vpc_endpoint.route_table_ids",
    "aws_ec2_transit_gateway_route_table_association.transit_gateway_route_table_id",
  ]
}
