provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

resource "aws_sqs_queue" "q" {
  provider = aws.dr
}
