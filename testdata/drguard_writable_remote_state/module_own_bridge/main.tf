provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# The module reads the primary's state itself and writes to its route table: the issue is
# placed on the module call.
module "app" {
  source = "./modules/app"
}
