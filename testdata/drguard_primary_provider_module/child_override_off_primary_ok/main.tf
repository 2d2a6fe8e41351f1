provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module reads the primary's bucket through aws.src. Its archive bucket is written on
# aws.src, but its override file moves it back to the default DR configuration.
module "archive" {
  source = "./modules/archive"
  providers = {
    aws     = aws
    aws.src = aws.primary
  }
}
