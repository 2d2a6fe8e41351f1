plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_writable_remote_state" {
  enabled     = true
  extra_sinks = ["aws_vpc_endpoint"]
}
