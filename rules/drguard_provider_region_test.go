package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestProviderRegion(t *testing.T) {
	rule := NewProviderRegionRule()
	cases := []ruleCase{
		{
			Name: "default configuration in the primary region",
			Content: `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The default aws provider configuration is in us-east-1 (the primary region): every resource without a provider argument would be created there. Point it at a DR region, and read the primary through an aliased configuration (alias = \"primary\").",
				Range:   rng(2, 3, 2, 23),
			}},
		},
		{
			Name:    "the seed layout passes",
			Content: seedProviders,
		},
		{
			Name: "primary alias outside primary_regions",
			Content: `provider "aws" {
  region = "us-west-2"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-2"
}`,
			Settings: func(s *config.Settings) { s.PrimaryRegions = []string{"us-east-1"} },
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The primary provider configuration aws.primary is in us-east-2, which is not in primary_regions (us-east-1): the data bridge would read the wrong region. Set its region to a primary region, or fix primary_regions.",
				Range:   rng(6, 3, 6, 23),
			}},
		},
		{
			Name: "a third region outside dr_regions",
			Content: seedProviders + `provider "aws" {
  alias  = "ohio"
  region = "us-east-2"
}`,
			Settings: func(s *config.Settings) { s.DRRegions = []string{"us-west-2"} },
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The provider configuration aws.ohio is in us-east-2, which is neither a primary region nor in dr_regions (us-west-2). Set its region to a DR region, or add us-east-2 to dr_regions.",
				Range:   rng(10, 3, 10, 23),
			}},
		},
		{
			Name:     "dr_regions satisfied",
			Content:  seedProviders,
			Settings: func(s *config.Settings) { s.DRRegions = []string{"us-west-2"} },
		},
		{
			Name: "a region that is not known",
			Content: `variable "region" {}
provider "aws" {
  region = var.region
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}`,
			Settings: func(s *config.Settings) { s.DRRegions = []string{"us-west-2"} },
		},
		{
			Name: "no region at all is the implicit rule's",
			Content: `provider "aws" {}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}`,
		},
	}
	runCases(t, rule, cases)
}
