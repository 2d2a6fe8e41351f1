provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module's bucket takes its region from this input: it lands in the primary region.
module "exports" {
  source = "./modules/bucket"
  name   = "dr-exports"
  region = "us-east-1"
}

module "logs" {
  source = "./modules/bucket"
  name   = "dr-logs"
  region = "us-west-2"
}
