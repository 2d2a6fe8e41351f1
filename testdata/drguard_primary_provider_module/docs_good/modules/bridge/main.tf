data "aws_vpc" "main" {
  tags = { Name = "main" }
}

output "cidr_block" {
  value = data.aws_vpc.main.cidr_block
}
