provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Not installed, and no providers map: it inherits the default configuration, which is in the
# primary region.
module "queue" {
  source  = "acme/queue/aws"
  version = "1.0.0"
  name    = "orders"
}
