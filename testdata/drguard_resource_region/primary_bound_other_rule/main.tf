provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Already bound to aws.primary: drguard_primary_provider_resource reports it,
# drguard_resource_region does not report it a second time.
resource "aws_ebs_volume" "data" {
  provider          = aws.primary
  availability_zone = "us-east-1a"
  size              = 100
}
