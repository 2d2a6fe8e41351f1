terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary]
    }
  }
}

# Reads the primary's route table through the primary configuration.
data "aws_route_table" "private" {
  provider = aws.primary
  tags = {
    Name = "primary-private"
  }
}

output "route_table_id" {
  value = data.aws_route_table.private.id
}
