provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module reads the primary's bucket through aws.src. Its override file moves the
# archive bucket it creates onto aws.src, which is aws.primary: Terraform merges
# override files in child modules too.
module "archive" {
  source = "./modules/archive"
  providers = {
    aws     = aws
    aws.src = aws.primary
  }
}
