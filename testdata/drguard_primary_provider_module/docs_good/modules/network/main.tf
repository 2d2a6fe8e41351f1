variable "primary_cidr" {
  type = string
}

resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_security_group" "app" {
  vpc_id = aws_vpc.dr.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.primary_cidr]
  }
}
