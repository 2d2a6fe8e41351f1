provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The primary alias is only read; what uses the value is created in DR.
data "aws_vpc" "primary" {
  provider = aws.primary
  tags = {
    Name = "primary"
  }
}

resource "aws_security_group" "dr_app" {
  name = "dr-app"

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [data.aws_vpc.primary.cidr_block]
  }
}
