variable "region" {
  type = string
}

resource "aws_vpc" "this" {
  region     = var.region
  cidr_block = "10.0.0.0/16"
}

output "vpc_id" {
  value = aws_vpc.this.id
}
