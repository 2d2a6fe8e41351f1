# primary_regions is authoritative: us-east-1 is not primary here.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-2"
}
