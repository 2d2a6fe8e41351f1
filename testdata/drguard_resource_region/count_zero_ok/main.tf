provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "enable_failback" {
  type    = bool
  default = false
}

# Blocks known to have no instance (count = 0, an empty for_each): their regions, zones and
# replicas are per-instance values, judged only for instances that exist.
resource "aws_sqs_queue" "failback" {
  count  = var.enable_failback ? 1 : 0
  name   = "failback"
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "failback" {
  for_each = var.enable_failback ? toset(["db"]) : toset([])
  name     = "failback/${each.key}"

  replica {
    region = "us-east-1"
  }
}

module "store" {
  source = "./modules/store"
  count  = var.enable_failback ? 1 : 0
  region = "us-east-1"
}
