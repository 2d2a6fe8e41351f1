terraform {
  # primary_state names the bucket and the table by ARN; the backend by name.
  backend "s3" {
    bucket         = "primary-terraform-state"
    key            = "dr/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "primary-tf-locks"
  }
}
