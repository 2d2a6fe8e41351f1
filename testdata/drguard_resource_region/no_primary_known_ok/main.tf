# No primary alias and no primary_regions: no region is known to be primary.
provider "aws" {
  region = "us-west-2"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 100
}
