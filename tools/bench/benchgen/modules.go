package benchgen

// moduleDirs are the shared local child modules every root calls: network -> subnets and
// storage -> bucket-policy (two levels, each declaring configuration_aliases = [aws.primary]
// and reading through it), and routes (no required_providers, inherits the default aws).
var moduleDirs = []string{"modules/bucket-policy", "modules/network", "modules/routes", "modules/storage", "modules/subnets"}

const awsWithPrimary = `terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      version               = ">= 6.0"
      configuration_aliases = [aws.primary]
    }
  }
}
`

func (g *generator) modules() {
	files := []struct{ path, text string }{
		{"modules/network/versions.tf", awsWithPrimary},
		{"modules/network/variables.tf", `variable "name" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "primary_vpc_id" {
  type = string
}

variable "primary_vpc_cidr" {
  type = string
}

variable "primary_region" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
`},
		{"modules/network/main.tf", `data "aws_vpc" "primary" {
  provider = aws.primary
  id       = var.primary_vpc_id
}

resource "aws_vpc" "this" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = merge(var.tags, {
    Name = var.name
  })
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
  tags   = var.tags
}

resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = aws_vpc.this.id
  peer_vpc_id = data.aws_vpc.primary.id
  peer_region = var.primary_region
  auto_accept = false

  tags = merge(var.tags, {
    Name = "${var.name}-to-primary"
  })
}

resource "aws_route_table" "private" {
  vpc_id = aws_vpc.this.id

  route {
    cidr_block                = var.primary_vpc_cidr
    vpc_peering_connection_id = aws_vpc_peering_connection.to_primary.id
  }

  tags = var.tags
}

resource "aws_default_security_group" "this" {
  vpc_id = aws_vpc.this.id

  ingress {
    protocol  = -1
    self      = true
    from_port = 0
    to_port   = 0
  }
}

module "subnets" {
  source = "../subnets"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  vpc_id         = aws_vpc.this.id
  vpc_cidr       = var.vpc_cidr
  azs            = var.azs
  route_table_id = aws_route_table.private.id
  name           = var.name
  tags           = var.tags
}
`},
		{"modules/network/outputs.tf", `output "vpc_id" {
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
`},
		{"modules/subnets/versions.tf", awsWithPrimary},
		{"modules/subnets/main.tf", `variable "vpc_id" {
  type = string
}

variable "vpc_cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "route_table_id" {
  type = string
}

variable "name" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

data "aws_availability_zones" "primary" {
  provider = aws.primary
  state    = "available"
}

resource "aws_subnet" "private" {
  count = length(var.azs)

  vpc_id            = var.vpc_id
  cidr_block        = cidrsubnet(var.vpc_cidr, 4, count.index)
  availability_zone = var.azs[count.index]

  tags = merge(var.tags, {
    Name = "${var.name}-private-${count.index}"
    Tier = "private"
  })
}

resource "aws_route_table_association" "private" {
  count = length(var.azs)

  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = var.route_table_id
}

output "ids" {
  value = aws_subnet.private[*].id
}

output "primary_zone_names" {
  value = data.aws_availability_zones.primary.names
}
`},
		{"modules/storage/versions.tf", awsWithPrimary},
		{"modules/storage/main.tf", `variable "bucket_name" {
  type = string
}

variable "readers" {
  type    = list(string)
  default = []
}

variable "tags" {
  type    = map(string)
  default = {}
}

data "aws_kms_alias" "primary_s3" {
  provider = aws.primary
  name     = "alias/aws/s3"
}

resource "aws_s3_bucket" "this" {
  bucket = var.bucket_name
  tags   = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

module "policy" {
  source = "../bucket-policy"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }

  bucket  = aws_s3_bucket.this.id
  readers = var.readers
}

output "bucket" {
  value = aws_s3_bucket.this.id
}

output "primary_s3_key" {
  value = data.aws_kms_alias.primary_s3.target_key_arn
}
`},
		{"modules/bucket-policy/versions.tf", awsWithPrimary},
		{"modules/bucket-policy/main.tf", `variable "bucket" {
  type = string
}

variable "readers" {
  type    = list(string)
  default = []
}

data "aws_caller_identity" "primary" {
  provider = aws.primary
}

resource "aws_s3_bucket_policy" "this" {
  bucket = var.bucket

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [for account in concat(var.readers, [data.aws_caller_identity.primary.account_id]) : {
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${account}:root" }
      Action    = ["s3:GetObject"]
      Resource  = "arn:aws:s3:::${var.bucket}/*"
    }]
  })
}
`},
		{"modules/routes/main.tf", `variable "route_table_id" {
  type = string
}

variable "destination_cidr_block" {
  type = string
}

variable "peering_connection_id" {
  type = string
}

resource "aws_route" "this" {
  route_table_id            = var.route_table_id
  destination_cidr_block    = var.destination_cidr_block
  vpc_peering_connection_id = var.peering_connection_id
}
`},
	}
	for _, file := range files {
		g.file(file.path).write(file.text)
	}
}
