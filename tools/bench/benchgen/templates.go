package benchgen

import "regexp"

// group is a template of clean, related resource blocks (a bucket and its settings, a load
// balancer with its target group and listener). Clean means: no drguard rule reports it. Values
// read from the primary's remote state appear only in arguments that do not select a target
// (CIDR blocks, peer IDs, tags, parameter values), regions and zones are DR ones, and nothing
// names the primary's state bucket or lock table.
type group struct {
	name   string
	size   int
	weight int
	text   func(n string) string
}

// violation is a template of one managed resource that violates exactly one rule, once: the
// marked line is where the finding's range starts.
type violation struct {
	form string
	text func(n string) string
}

var groups = []group{
	{"s3_bucket_set", 4, 6, func(n string) string {
		return f(`resource "aws_s3_bucket" "data_%[1]s" {
  bucket        = "${local.name_prefix}-data-%[1]s"
  force_destroy = false

  tags = merge(local.common_tags, {
    Name       = "${local.name_prefix}-data-%[1]s"
    DataClass  = "internal"
    Replicated = "true"
  })
}

resource "aws_s3_bucket_versioning" "data_%[1]s" {
  bucket = aws_s3_bucket.data_%[1]s.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_%[1]s" {
  bucket = aws_s3_bucket.data_%[1]s.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = "alias/${local.name_prefix}-s3"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "data_%[1]s" {
  bucket                  = aws_s3_bucket.data_%[1]s.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

`, n)
	}},
	{"s3_lifecycle", 2, 3, func(n string) string {
		return f(`resource "aws_s3_bucket" "archive_%[1]s" {
  bucket = "${local.name_prefix}-archive-%[1]s"
  tags   = local.common_tags
}

resource "aws_s3_bucket_lifecycle_configuration" "archive_%[1]s" {
  bucket = aws_s3_bucket.archive_%[1]s.id

  dynamic "rule" {
    for_each = var.lifecycle_rules
    content {
      id     = rule.value.id
      status = "Enabled"

      filter {
        prefix = rule.value.prefix
      }

      transition {
        days          = rule.value.transition_days
        storage_class = "GLACIER"
      }

      expiration {
        days = rule.value.expiration_days
      }
    }
  }
}

`, n)
	}},
	{"kms", 2, 3, func(n string) string {
		return f(`resource "aws_kms_key" "app_%[1]s" {
  description             = "${local.name_prefix} key %[1]s"
  deletion_window_in_days = 30
  enable_key_rotation     = true
  multi_region            = false

  tags = merge(local.common_tags, {
    Name = "${local.name_prefix}-key-%[1]s"
  })
}

resource "aws_kms_alias" "app_%[1]s" {
  name          = "alias/${local.name_prefix}-%[1]s"
  target_key_id = aws_kms_key.app_%[1]s.key_id
}

`, n)
	}},
	{"security_group", 2, 5, func(n string) string {
		return f(`resource "aws_security_group" "app_%[1]s" {
  name        = "${local.name_prefix}-app-%[1]s"
  description = "Application traffic for ${var.service}"
  vpc_id      = module.network.vpc_id

  dynamic "ingress" {
    for_each = var.ingress_ports
    content {
      description = "app port ${ingress.value}"
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = [var.vpc_cidr, local.primary_vpc_cidr]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(local.common_tags, {
    Name = "${local.name_prefix}-app-%[1]s"
  })
}

resource "aws_security_group_rule" "replication_%[1]s" {
  type              = "ingress"
  description       = "replication from the primary VPC"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = [local.primary_vpc_cidr]
  security_group_id = aws_security_group.app_%[1]s.id
}

`, n)
	}},
	{"instances", 1, 4, func(n string) string {
		return f(`resource "aws_instance" "worker_%[1]s" {
  count = var.instance_count

  ami                    = data.aws_ami.al2023.id
  instance_type          = var.instance_type
  subnet_id              = element(module.network.private_subnet_ids, count.index)
  vpc_security_group_ids = [module.network.default_security_group_id]
  iam_instance_profile   = "${local.name_prefix}-worker"

  root_block_device {
    volume_size = 50
    volume_type = "gp3"
    encrypted   = true
  }

  metadata_options {
    http_tokens   = "required"
    http_endpoint = "enabled"
  }

  tags = merge(local.common_tags, {
    Name = "${local.name_prefix}-worker-%[1]s-${count.index}"
    Role = "worker"
  })
}

`, n)
	}},
	{"load_balancer", 3, 4, func(n string) string {
		return f(`resource "aws_lb" "api_%[1]s" {
  name               = substr("${local.name_prefix}-api-%[1]s", 0, 32)
  internal           = true
  load_balancer_type = "application"
  security_groups    = [module.network.default_security_group_id]
  subnets            = module.network.private_subnet_ids

  access_logs {
    bucket  = local.log_bucket_name
    prefix  = "alb/%[1]s"
    enabled = true
  }

  tags = local.common_tags
}

resource "aws_lb_target_group" "api_%[1]s" {
  name     = substr("${local.name_prefix}-tg-%[1]s", 0, 32)
  port     = 8443
  protocol = "HTTPS"
  vpc_id   = module.network.vpc_id

  health_check {
    path                = "/healthz"
    matcher             = "200"
    interval            = 15
    healthy_threshold   = 3
    unhealthy_threshold = 3
  }

  tags = local.common_tags
}

resource "aws_lb_listener" "api_%[1]s" {
  load_balancer_arn = aws_lb.api_%[1]s.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:us-west-2:111111111111:certificate/%[1]s"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api_%[1]s.arn
  }
}

`, n)
	}},
	{"dynamodb", 1, 4, func(n string) string {
		return f(`resource "aws_dynamodb_table" "state_%[1]s" {
  name         = "${local.name_prefix}-state-%[1]s"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "sk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  replica {
    region_name = "us-west-1"
  }

  dynamic "replica" {
    for_each = var.enable_replication ? ["ca-central-1"] : []
    content {
      region_name = replica.value
    }
  }

  tags = local.common_tags
}

`, n)
	}},
	{"queues", 1, 4, func(n string) string {
		return f(`resource "aws_sqs_queue" "work_%[1]s" {
  for_each = var.queue_names

  name                       = "${local.name_prefix}-${each.key}-%[1]s"
  visibility_timeout_seconds = 120
  message_retention_seconds  = 1209600
  kms_master_key_id          = "alias/aws/sqs"

  redrive_policy = jsonencode({
    deadLetterTargetArn = "arn:aws:sqs:${var.dr_region}:111111111111:${local.name_prefix}-dlq"
    maxReceiveCount     = 5
  })

  tags = merge(local.common_tags, {
    Queue = each.key
  })
}

`, n)
	}},
	{"topic", 2, 3, func(n string) string {
		return f(`resource "aws_sns_topic" "events_%[1]s" {
  name              = "${local.name_prefix}-events-%[1]s"
  kms_master_key_id = "alias/aws/sns"
  tags              = local.common_tags
}

resource "aws_sns_topic_subscription" "events_%[1]s" {
  topic_arn = aws_sns_topic.events_%[1]s.arn
  protocol  = "sqs"
  endpoint  = "arn:aws:sqs:${var.dr_region}:111111111111:${local.name_prefix}-events"

  filter_policy = jsonencode({
    source = [var.service]
  })
}

`, n)
	}},
	{"iam_role", 2, 4, func(n string) string {
		return f(`resource "aws_iam_role" "task_%[1]s" {
  name               = "${local.name_prefix}-task-%[1]s"
  assume_role_policy = data.aws_iam_policy_document.assume_task.json
  description        = "Task role for ${var.service} in ${var.dr_region}"

  tags = local.common_tags
}

resource "aws_iam_role_policy_attachment" "task_%[1]s" {
  role       = aws_iam_role.task_%[1]s.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonSSMReadOnlyAccess"
}

`, n)
	}},
	{"lambda", 1, 3, func(n string) string {
		return f(`resource "aws_lambda_function" "handler_%[1]s" {
  function_name = "${local.name_prefix}-handler-%[1]s"
  role          = "arn:aws:iam::111111111111:role/${local.name_prefix}-lambda"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "${path.module}/build/handler.zip"
  memory_size   = 512
  timeout       = 30

  environment {
    variables = {
      PRIMARY_VPC_ID = local.primary_vpc_id
      DR_REGION      = var.dr_region
      SERVICE        = var.service
    }
  }

  vpc_config {
    subnet_ids         = module.network.private_subnet_ids
    security_group_ids = [module.network.default_security_group_id]
  }

  tracing_config {
    mode = "Active"
  }

  tags = local.common_tags
}

`, n)
	}},
	{"logs", 2, 4, func(n string) string {
		return f(`resource "aws_cloudwatch_log_group" "app_%[1]s" {
  name              = "/dr/${var.service}/app-%[1]s"
  retention_in_days = var.log_retention_days
  tags              = local.common_tags
}

resource "aws_cloudwatch_metric_alarm" "errors_%[1]s" {
  alarm_name          = "${local.name_prefix}-errors-%[1]s"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 3
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = 60
  statistic           = "Sum"
  threshold           = 5
  treat_missing_data  = "notBreaching"

  dimensions = {
    FunctionName = "${local.name_prefix}-handler"
  }

  alarm_actions = ["arn:aws:sns:${var.dr_region}:111111111111:${local.name_prefix}-alerts"]
  tags          = local.common_tags
}

`, n)
	}},
	{"dns", 2, 3, func(n string) string {
		return f(`resource "aws_route53_zone" "internal_%[1]s" {
  name    = "%[1]s.${var.service}.dr.internal"
  comment = "DR private zone"

  vpc {
    vpc_id     = module.network.vpc_id
    vpc_region = var.dr_region
  }

  tags = local.common_tags
}

resource "aws_route53_record" "api_%[1]s" {
  zone_id = aws_route53_zone.internal_%[1]s.zone_id
  name    = "api.%[1]s.${var.service}.dr.internal"
  type    = "CNAME"
  ttl     = 60
  records = ["api.${var.dr_region}.example.com"]
}

`, n)
	}},
	{"volumes", 1, 3, func(n string) string {
		return f(`resource "aws_ebs_volume" "cache_%[1]s" {
  for_each = toset(var.azs)

  availability_zone = each.value
  size              = 100
  type              = "gp3"
  encrypted         = true

  tags = merge(local.common_tags, {
    Name = "${local.name_prefix}-cache-%[1]s-${each.key}"
  })
}

`, n)
	}},
	{"volume", 1, 3, func(n string) string {
		return f(`resource "aws_ebs_volume" "scratch_%[1]s" {
  availability_zone = "${var.dr_region}b"
  size              = 20
  type              = "gp3"
  encrypted         = true
  tags              = local.common_tags
}

`, n)
	}},
	{"registry", 2, 2, func(n string) string {
		return f(`resource "aws_ecr_repository" "svc_%[1]s" {
  name                 = "${local.name_prefix}/svc-%[1]s"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "KMS"
  }

  tags = local.common_tags
}

resource "aws_ecr_lifecycle_policy" "svc_%[1]s" {
  repository = aws_ecr_repository.svc_%[1]s.name

  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "keep the last 30 images"
      selection = {
        tagStatus   = "any"
        countType   = "imageCountMoreThan"
        countNumber = 30
      }
      action = { type = "expire" }
    }]
  })
}

`, n)
	}},
	{"secret", 1, 2, func(n string) string {
		return f(`resource "aws_secretsmanager_secret" "db_%[1]s" {
  name                    = "${local.name_prefix}/db-%[1]s"
  description             = "Database credentials (DR)"
  recovery_window_in_days = 7

  replica {
    region = "us-west-1"
  }

  tags = local.common_tags
}

`, n)
	}},
	{"parameter", 1, 3, func(n string) string {
		return f(`resource "aws_ssm_parameter" "bridge_%[1]s" {
  name        = "/dr/${var.service}/bridge/%[1]s"
  description = "Primary VPC the DR side peers with"
  type        = "String"
  value       = local.primary_vpc_id
  tags        = local.common_tags
}

`, n)
	}},
	{"route", 1, 2, func(n string) string {
		return f(`resource "aws_route" "to_primary_%[1]s" {
  route_table_id            = module.network.private_route_table_id
  destination_cidr_block    = local.primary_vpc_cidr
  vpc_peering_connection_id = module.network.peering_connection_id
}

`, n)
	}},
	{"autoscaling", 2, 3, func(n string) string {
		return f(`resource "aws_launch_template" "pool_%[1]s" {
  name_prefix   = "${local.name_prefix}-pool-%[1]s-"
  image_id      = data.aws_ami.al2023.id
  instance_type = var.instance_type

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 40
      encrypted   = true
    }
  }

  tag_specifications {
    resource_type = "instance"
    tags          = local.common_tags
  }
}

resource "aws_autoscaling_group" "pool_%[1]s" {
  name                = "${local.name_prefix}-pool-%[1]s"
  min_size            = 0
  max_size            = 6
  desired_capacity    = 2
  vpc_zone_identifier = module.network.private_subnet_ids

  launch_template {
    id      = aws_launch_template.pool_%[1]s.id
    version = "$Latest"
  }

  dynamic "tag" {
    for_each = local.common_tags
    content {
      key                 = tag.key
      value               = tag.value
      propagate_at_launch = true
    }
  }
}

`, n)
	}},
	{"database", 2, 2, func(n string) string {
		return f(`resource "aws_db_subnet_group" "db_%[1]s" {
  name       = "${local.name_prefix}-db-%[1]s"
  subnet_ids = module.network.private_subnet_ids
  tags       = local.common_tags
}

resource "aws_rds_cluster" "db_%[1]s" {
  cluster_identifier      = "${local.name_prefix}-db-%[1]s"
  engine                  = "aurora-postgresql"
  engine_version          = "16.4"
  availability_zones      = var.azs
  db_subnet_group_name    = aws_db_subnet_group.db_%[1]s.name
  backup_retention_period = 14
  storage_encrypted       = true
  skip_final_snapshot     = false

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 8
  }

  tags = local.common_tags
}

`, n)
	}},
	{"log_group", 1, 2, func(n string) string {
		return f(`resource "aws_cloudwatch_log_group" "audit_%[1]s" {
  name              = "/dr/${var.service}/audit-%[1]s"
  retention_in_days = 365
  kms_key_id        = "arn:aws:kms:${var.dr_region}:111111111111:alias/logs"
  tags              = local.common_tags
}

`, n)
	}},
	{"policy", 1, 2, func(n string) string {
		return f(`resource "aws_iam_policy" "read_bridge_%[1]s" {
  name        = "${local.name_prefix}-read-bridge-%[1]s"
  description = "Read the primary's state through the bridge"

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::${var.primary_state_bucket}", "arn:aws:s3:::${var.primary_state_bucket}/*"]
    }]
  })
}

`, n)
	}},
}

// violations are the per-resource planted shapes, by rule. Each must produce exactly one
// finding, of its rule only, at its marked line.
var violations = map[string][]violation{
	RulePrimaryProviderResource: {
		{"provider_primary_alias", func(n string) string {
			return f(`resource "aws_sns_topic" "primary_alerts_%[1]s" {
  provider          = aws.primary`+mark+`
  name              = "${local.name_prefix}-alerts-%[1]s"
  kms_master_key_id = "alias/aws/sns"
  tags              = local.common_tags
}

`, n)
		}},
		{"provider_primary_alias_count", func(n string) string {
			return f(`resource "aws_cloudwatch_log_group" "primary_audit_%[1]s" {
  count    = var.instance_count
  provider = aws.primary`+mark+`

  name              = "/dr/${var.service}/primary-audit-%[1]s-${count.index}"
  retention_in_days = var.log_retention_days
  tags              = local.common_tags
}

`, n)
		}},
		{"provider_primary_alias_for_each", func(n string) string {
			return f(`resource "aws_sqs_queue" "primary_work_%[1]s" {
  for_each = var.queue_names
  provider = aws.primary`+mark+`

  name                       = "${local.name_prefix}-${each.key}-primary-%[1]s"
  visibility_timeout_seconds = 60
  tags                       = local.common_tags
}

`, n)
		}},
	},
	RuleResourceRegion: {
		{"region_literal", func(n string) string {
			return f(`resource "aws_s3_bucket" "misplaced_%[1]s" {
  bucket = "${local.name_prefix}-misplaced-%[1]s"
  region = "us-east-1"`+mark+`
  tags   = local.common_tags
}

`, n)
		}},
		{"availability_zone_literal", func(n string) string {
			return f(`resource "aws_ebs_volume" "misplaced_%[1]s" {
  availability_zone = "us-east-1b"`+mark+`
  size              = 20
  type              = "gp3"
  encrypted         = true
  tags              = local.common_tags
}

`, n)
		}},
		{"replica_block", func(n string) string {
			return f(`resource "aws_dynamodb_table" "replicated_%[1]s" {
  name         = "${local.name_prefix}-replicated-%[1]s"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"

  attribute {
    name = "pk"
    type = "S"
  }

  replica {
    region_name = "us-west-1"
  }

  replica {
    region_name = "us-east-1"`+mark+`
  }

  tags = local.common_tags
}

`, n)
		}},
		{"region_variable", func(n string) string {
			return f(`resource "aws_sqs_queue" "misplaced_%[1]s" {
  name   = "${local.name_prefix}-misplaced-%[1]s"
  region = var.primary_region`+mark+`
  tags   = local.common_tags
}

`, n)
		}},
		{"secret_replica", func(n string) string {
			return f(`resource "aws_secretsmanager_secret" "misplaced_%[1]s" {
  name = "${local.name_prefix}/misplaced-%[1]s"

  replica {
    region = "us-east-1"`+mark+`
  }

  tags = local.common_tags
}

`, n)
		}},
	},
	RuleWritableRemoteState: {
		{"route_table_via_local", func(n string) string {
			return f(`resource "aws_route" "into_primary_%[1]s" {
  route_table_id            = local.primary_route_table_id`+mark+`
  destination_cidr_block    = var.vpc_cidr
  vpc_peering_connection_id = module.network.peering_connection_id
}

`, n)
		}},
		{"security_group_via_local", func(n string) string {
			return f(`resource "aws_security_group_rule" "into_primary_%[1]s" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = [var.vpc_cidr]
  security_group_id = local.primary_app_sg_id`+mark+`
}

`, n)
		}},
		{"zone_via_local", func(n string) string {
			return f(`resource "aws_route53_record" "into_primary_%[1]s" {
  zone_id = local.primary_zone_id`+mark+`
  name    = "dr-%[1]s.${var.service}.example.com"
  type    = "CNAME"
  ttl     = 60
  records = ["api.${var.dr_region}.example.com"]
}

`, n)
		}},
		{"bucket_policy_direct", func(n string) string {
			return f(`resource "aws_s3_bucket_policy" "into_primary_%[1]s" {
  bucket = data.terraform_remote_state.network.outputs.logs_bucket`+mark+`

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "logging.s3.amazonaws.com" }
      Action    = "s3:PutObject"
      Resource  = "arn:aws:s3:::${var.service}-logs/*"
    }]
  })
}

`, n)
		}},
		{"state_bucket_literal", func(n string) string {
			return f(`resource "aws_s3_object" "marker_%[1]s" {
  bucket  = "primary-terraform-state"`+mark+`
  key     = "dr/${var.service}/marker-%[1]s"
  content = "dr was here"
}

`, n)
		}},
		{"role_via_local", func(n string) string {
			return f(`resource "aws_iam_role_policy_attachment" "into_primary_%[1]s" {
  role       = local.primary_role_name`+mark+`
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

`, n)
		}},
	},
}

// tagsLine is a resource's plain `tags = local.common_tags`.
var tagsLine = regexp.MustCompile(`(?m)^  tags( *)= local\.common_tags\n`)

// resourceHeader is the first line of a resource block.
var resourceHeader = regexp.MustCompile(`(?m)^resource "([a-z0-9_]+)" "([a-z0-9_]+)" \{\n`)

// enrich gives the resource blocks of a template what real configurations carry besides
// their arguments: a comment, a tag map of their own, and a lifecycle block on stateful
// resources. None of it is read by drguard's rules; it is there for size and parse cost.
func enrich(text, service string) string {
	text = resourceHeader.ReplaceAllStringFunc(text, func(h string) string {
		m := resourceHeader.FindStringSubmatch(h)
		return f("# %s.%s: %s DR stack. Owned by the %s team; see runbooks/dr/%s.md before changing it.\n%s",
			m[1], m[2], service, service, service, h)
	})
	return tagsLine.ReplaceAllString(text, `  tags = merge(local.common_tags, {
    Component   = "`+service+`"
    Backup      = "daily"
    Compliance  = "sox"
    Criticality = "tier-1"
  })

  lifecycle {
    ignore_changes = [tags["LastScanned"]]
  }
`)
}
