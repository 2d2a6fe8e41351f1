resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "private" {
  vpc_id     = aws_vpc.dr.id
  cidr_block = "10.1.1.0/24"
}
