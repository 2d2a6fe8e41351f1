data "aws_vpc" "x" {}
