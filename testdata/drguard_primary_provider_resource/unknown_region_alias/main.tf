provider "aws" {
  region = "us-west-2"
}

provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}

variable "analytics_region" {
  type = string
}

# Its region is not known (var.analytics_region has no value): never this rule's finding;
# drguard_provider_region_implicit warns that nothing was checked.
provider "aws" {
  alias  = "analytics"
  region = var.analytics_region
}

resource "aws_s3_bucket" "analytics" {
  provider = aws.analytics
  bucket   = "dr-analytics"
}
