variable "cidr_block" {
  type = string
}

data "aws_vpc" "main" {
  tags = { Name = "main" }
}

resource "aws_subnet" "private" {
  vpc_id     = data.aws_vpc.main.id
  cidr_block = var.cidr_block
}
