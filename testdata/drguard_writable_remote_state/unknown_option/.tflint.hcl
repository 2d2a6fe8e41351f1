plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_writable_remote_state" {
  enabled      = true
  ignore_sinks = ["aws_route.route_table_id"]
}
