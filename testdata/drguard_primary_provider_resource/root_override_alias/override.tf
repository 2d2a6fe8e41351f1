provider "aws" {
  alias  = "logs"
  region = "us-east-1"
}
