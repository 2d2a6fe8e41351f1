provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

data "terraform_remote_state" "primary_vpc" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}

# Names built from the remote state's config are not the primary's state bucket: only the
# config's bucket itself is (names match exactly).
resource "aws_s3_object" "replica_marker" {
  bucket  = "${data.terraform_remote_state.primary_vpc.config.bucket}-replica"
  key     = "dr/marker"
  content = "dr"
}

resource "aws_s3_object" "regional_artifacts" {
  bucket  = "dr-artifacts-${data.terraform_remote_state.primary_vpc.config.region}"
  key     = "dr/marker"
  content = "dr"
}
