variable "name" {
  type = string
}

data "aws_vpc" "this" {
  tags = { Name = var.name }
}

data "aws_subnets" "private" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.this.id]
  }
}

output "subnet_ids" {
  value = data.aws_subnets.private.ids
}
