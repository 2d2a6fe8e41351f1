provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias    = "by_region"
  for_each = toset(["us-east-1", "us-west-2"])
  region   = each.key
}
