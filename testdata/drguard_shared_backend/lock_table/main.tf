terraform {
  # Its own bucket in the DR region, but the primary's lock table.
  backend "s3" {
    bucket         = "dr-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "primary-tf-locks"
  }
}
