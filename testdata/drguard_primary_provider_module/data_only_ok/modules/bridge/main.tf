data "aws_vpc" "main" {
  tags = { Name = "main" }
}

data "aws_route53_zone" "app" {
  name = "example.com"
}

check "primary_health" {
  data "aws_route53_health_check" "primary" {
    fqdn = "app.example.com"
  }

  assert {
    condition     = data.aws_vpc.main.id != ""
    error_message = "The primary VPC is gone."
  }
}

output "vpc_id" {
  value = data.aws_vpc.main.id
}
