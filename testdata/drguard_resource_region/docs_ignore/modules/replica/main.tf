variable "replica_region" {
  type = string
}

locals {
  zones = ["${var.replica_region}a", "${var.replica_region}b"]
}

resource "aws_subnet" "a" {
  vpc_id            = "vpc-123"
  cidr_block        = "10.1.1.0/24"
  availability_zone = local.zones[0]
}

module "table" {
  source = "./modules/table"
  region = var.replica_region
}
