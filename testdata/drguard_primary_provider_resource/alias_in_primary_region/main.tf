provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Not named "primary", but its region is the primary region.
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}

resource "aws_sns_topic" "alerts" {
  provider = aws.east
  name     = "dr-alerts"
}
