provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# us-east-1 is primary (a reader), us-west-2 is DR, eu-west-1 is neither.
provider "aws" {
  alias    = "by_region"
  for_each = toset(["us-east-1", "us-west-2", "eu-west-1"])
  region   = each.key
}
