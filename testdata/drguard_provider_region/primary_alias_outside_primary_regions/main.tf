provider "aws" {
  region = "us-west-2"
}

# The bridge would read us-east-2, but the primary runs in us-east-1.
provider "aws" {
  alias  = "primary"
  region = "us-east-2"
}
