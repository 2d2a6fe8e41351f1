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

module "orders" {
  source = "./modules/orders"
}

module "orders_dr" {
  source    = "./modules/orders"
  providers = { aws = aws.dr }
}

# Not DR-named: a module of the primary side, which may write through aws.primary.
module "reports" {
  source = "./modules/reports"
  providers = {
    aws         = aws
    aws.primary = aws.primary
  }
}
