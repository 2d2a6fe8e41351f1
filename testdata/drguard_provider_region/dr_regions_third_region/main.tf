provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Neither primary nor a DR region.
provider "aws" {
  alias  = "analytics"
  region = "eu-west-1"
}
