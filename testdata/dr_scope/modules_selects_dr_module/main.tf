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

# The primary side: writes to the primary region by design, not judged.
module "primary" {
  source = "./modules/app"
}

resource "aws_s3_bucket" "primary_logs" {
  bucket = "app-logs-use1"
}

# The DR side, handed its DR configuration: clean.
module "dr" {
  source    = "./modules/app"
  providers = { aws = aws.dr }
}
