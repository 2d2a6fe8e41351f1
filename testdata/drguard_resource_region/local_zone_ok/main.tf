provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_vpc" "dr" {
  cidr_block = "10.1.0.0/16"
}

# Local Zones and zone IDs are out of scope.
resource "aws_subnet" "local_zone" {
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-east-1-bos-1a"
}

resource "aws_subnet" "zone_id" {
  vpc_id               = aws_vpc.dr.id
  cidr_block           = "10.1.2.0/24"
  availability_zone_id = "use1-az1"
}
