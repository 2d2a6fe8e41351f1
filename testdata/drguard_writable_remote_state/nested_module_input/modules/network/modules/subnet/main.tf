variable "vpc_id" {
  type = string
}

variable "cidr_block" {
  type = string
}

resource "aws_subnet" "this" {
  vpc_id     = var.vpc_id
  cidr_block = var.cidr_block
}
