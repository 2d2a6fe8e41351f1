# (d) A primary remote state without the read-only role.
data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# (b) The root module's own state.
data "terraform_remote_state" "dr_network" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
  }
}

# (c) An object in the primary's state bucket, learned from this module's remote state.
resource "aws_s3_object" "marker" {
  bucket  = "primary-terraform-state"
  key     = "dr/marker"
  content = "dr"
}
