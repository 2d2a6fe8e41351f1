data "aws_vpc" "main" {
  tags = { Name = "main" }
}

resource "aws_subnet" "dr" {
  vpc_id     = data.aws_vpc.main.id
  cidr_block = "10.1.1.0/24"
}

resource "aws_route_table" "dr" {
  vpc_id = data.aws_vpc.main.id
}
