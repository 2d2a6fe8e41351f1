provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "eu"
  region = "eu-west-1"
}

# A second reader of the primary region: primary, so dr_regions does not apply.
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
