# The default configuration is the primary side's: in the primary region, by design.
provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

# Used by the primary side only: dr_regions and the implicit-region warning do not apply.
provider "aws" {
  alias  = "analytics"
  region = "eu-west-1"
}

provider "aws" {
  alias = "tools"
}

resource "aws_s3_bucket" "primary" {
  bucket = "app-primary"
}

resource "aws_athena_workgroup" "analytics" {
  provider = aws.analytics
  name     = "analytics"
}

resource "aws_ssm_parameter" "tools" {
  provider = aws.tools
  name     = "/tools/version"
  type     = "String"
  value    = "1"
}

resource "aws_s3_bucket" "dr" {
  provider = aws.dr
  bucket   = "app-dr"
}
