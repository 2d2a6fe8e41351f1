provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

module "monitoring" {
  source = "./modules/monitoring"
  providers = {
    aws          = aws
    aws.observed = aws.primary
  }
}
