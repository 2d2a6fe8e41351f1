terraform {
  # Table names match exactly: primary-tf-locks-dr is DR's own table.
  backend "s3" {
    bucket         = "dr-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "primary-tf-locks-dr"
  }
}
