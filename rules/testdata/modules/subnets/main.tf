resource "aws_subnet" "private" {}
data "aws_vpc" "x" {}
