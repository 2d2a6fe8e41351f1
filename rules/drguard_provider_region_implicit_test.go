package rules

import (
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestProviderRegionImplicit(t *testing.T) {
	rule := NewProviderRegionImplicitRule()
	cases := []ruleCase{
		{
			Name: "aws block without region",
			Content: `provider "aws" {
  alias = "dr"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The provider configuration aws.dr sets no region: it comes from the environment (AWS_REGION or the profile), so drguard cannot verify that it stays out of the primary region. Set region explicitly.",
				Range:   rng(1, 1, 1, 15),
			}},
		},
		{
			Name: "used without a block, reported at required_providers",
			Content: `terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
  backend "local" {}
}
resource "aws_s3_bucket" "b" {}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: `The aws provider is used without a provider "aws" block: its region comes from the environment, so drguard cannot verify that it stays out of the primary region. Add provider "aws" { region = "<DR region>" }.`,
				Range:   rng(3, 5, 5, 6),
			}},
		},
		{
			Name: "a child module linted on its own (tflint --recursive) gets its configurations from its caller",
			Content: `terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.primary]
    }
  }
}
resource "aws_s3_bucket" "b" {}`,
		},
		{
			Name:    "used without a block or a required_providers entry",
			Content: `resource "aws_s3_bucket" "b" {}`,
		},
		{
			Name: "non-regional providers",
			Content: `provider "azurerm" {
  features {}
}
provider "random" {}
provider "kubernetes" {}`,
		},
		{
			Name: "a reusable module (no backend, no provider block) is not told to add one",
			Content: `terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}
resource "aws_s3_bucket" "b" {}`,
		},
		{
			Name: "region from a variable without default and without value: nothing was checked",
			Content: `variable "region" {}
provider "aws" {
  region = var.region
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: `The provider configuration aws takes its region from var.region, which has no default and no value here, so drguard checked nothing about where it writes. Give it a value: tflint --var-file=FILE, or varfile = ["FILE"] in the config block of .tflint.hcl.`,
				Range:   rng(3, 3, 3, 22),
			}},
		},
		{
			Name: "region from a variable with a default",
			Content: `variable "region" {
  default = "us-west-2"
}
provider "aws" {
  region = var.region
}`,
		},
		{
			Name: "only aliased configurations used: the default is not",
			Content: `terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
data "aws_vpc" "v" {
  provider = aws.primary
}`,
		},
	}
	runCases(t, rule, cases)
}
