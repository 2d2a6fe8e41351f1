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

# Named as DR, but no providers map: it inherits the default configuration, which the primary
# side uses, and creates its database and bucket in us-east-1.
module "orders_dr" {
  source = "./modules/orders"
}

# A mixed call: handed aws.dr as its default, but one resource uses the aliased primary
# configuration the module also receives.
module "reports_dr" {
  source = "./modules/reports"
  providers = {
    aws         = aws.dr
    aws.primary = aws.primary
  }
}
