plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
}

rule "drguard_writable_remote_state" {
  enabled = true
  ignored_sinks = [
    "aws_security_group_rule.security_group_id",
    "aws_lb_target_group.vpc_id",
  ]
}
