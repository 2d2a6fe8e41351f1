provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "enable_failback" {
  type    = bool
  default = false
}

# Switched off today (count = 0), but one toggle away from writing to the primary: the call
# is judged by its providers map.
module "failback" {
  source = "./modules/failback"
  count  = var.enable_failback ? 1 : 0
  providers = {
    aws = aws.primary
  }
}
