provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "db" {
  name = "dr/db"

  replica {
    region = "us-east-1"
  }
}

resource "aws_ecr_replication_configuration" "back_to_primary" {
  replication_configuration {
    rule {
      destination {
        region      = "us-east-1"
        registry_id = "123456789012"
      }
    }
  }
}
