provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

# Aliases match whole: "primary_backup" is not "primary", and it is in a DR region.
provider "aws" {
  alias  = "primary_backup"
  region = "us-west-2"
}

resource "aws_backup_vault" "copies" {
  provider = aws.primary_backup
  name     = "primary-backup-copies"
}
