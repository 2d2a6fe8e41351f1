provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}
