provider "aws" {
  # tflint-ignore: drguard_provider_region
  region = "us-east-1"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
