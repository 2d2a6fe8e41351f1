provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "aws_vpc" "primary" {
  provider = aws.primary
  id       = "vpc-0123456789abcdef0"
}

ephemeral "aws_secretsmanager_secret_version" "db" {
  provider  = aws.primary
  secret_id = "primary/db"
}

check "primary_vpc_available" {
  data "aws_vpc" "check" {
    provider = aws.primary
    id       = "vpc-0123456789abcdef0"
  }

  assert {
    condition     = data.aws_vpc.check.state == "available"
    error_message = "The primary VPC is not available."
  }
}
