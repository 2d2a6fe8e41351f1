# A platform module that receives both configurations and hands the primary one down.
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary]
    }
  }
}

resource "aws_sqs_queue" "events" {
  name = "platform-events"
}

# The mistake: the replica module gets the primary configuration as its default.
module "replica" {
  source = "../replica"
  providers = {
    aws = aws.primary
  }
}
