package rules

import (
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// The child modules live in testdata/modules; the test runner's root module is this directory.
func TestPrimaryProviderModule(t *testing.T) {
	rule := NewPrimaryProviderModuleRule()
	tail := ". A DR configuration may read the primary region but never write to it: hand the module a DR provider configuration, or read the primary through data sources only."
	cases := []ruleCase{
		{
			Name: "primary alias handed over under a renamed key, used two levels down",
			Content: seedProviders + `module "net" {
  source = "./testdata/modules/net"
  providers = {
    aws     = aws
    aws.src = aws.primary
  }
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "module.net would manage resources with the primary provider configuration aws.primary (us-east-1): module.net.module.subnets.aws_subnet.private" + tail,
				Range:   rng(12, 5, 12, 26),
			}},
		},
		{
			Name: "primary default inherited implicitly",
			Content: `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
module "subnets" {
  source = "./testdata/modules/subnets"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "module.subnets would manage resources with the provider configuration aws, whose region us-east-1 is primary: module.subnets.aws_subnet.private" + tail,
				Range:   rng(8, 1, 8, 17),
			}},
		},
		{
			Name: "a child's own provider block in the primary region",
			Content: seedProviders + `module "legacy" {
  source = "./testdata/modules/legacy"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "module.legacy would manage resources with the provider configuration aws that module.legacy declares itself, whose region us-east-1 is primary: module.legacy.aws_s3_bucket.b" + tail,
				Range:   rng(8, 1, 8, 16),
			}},
		},
		{
			Name: "a child's own provider block whose region is a variable default declared after it",
			Content: seedProviders + `module "legacy" {
  source = "./testdata/modules/legacy_default"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "module.legacy would manage resources with the provider configuration aws that module.legacy declares itself, whose region us-east-1 is primary: module.legacy.aws_s3_bucket.b" + tail,
				Range:   rng(8, 1, 8, 16),
			}},
		},
		{
			Name: "a missing directory, a module that reaches itself, and an uninstalled remote module",
			Content: seedProviders + `module "missing" {
  source = "./testdata/modules/nope"
}
module "loop" {
  source = "./testdata/modules/loop"
}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}`,
			Expected: helper.Issues{
				{
					Rule:    rule,
					Message: "module.missing cannot be verified: its directory testdata/modules/nope does not exist. drguard cannot tell which provider configurations its resources use: fix it, or list the module in trusted_modules of drguard_primary_provider_module.",
					Range:   rng(8, 1, 8, 17),
				},
				{
					Rule:    rule,
					Message: "module.loop cannot be verified: in module.loop.module.again it calls testdata/modules/loop (../loop) again: the module reaches itself. drguard cannot tell which provider configurations its resources use: fix it, or list the module in trusted_modules of drguard_primary_provider_module.",
					Range:   rng(11, 1, 11, 14),
				},
				{
					Rule:    rule,
					Message: `module.vpc cannot be verified: its source "terraform-aws-modules/vpc/aws" is not installed under .terraform/modules (run terraform init). drguard cannot tell which provider configurations its resources use: fix it, or list the module in trusted_modules of drguard_primary_provider_module.`,
					Range:   rng(14, 1, 14, 13),
				},
			},
		},
		{
			Name: "trusted_modules by name and by source",
			Content: seedProviders + `module "missing" {
  source = "./testdata/modules/nope"
}
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}`,
			Config: `rule "drguard_primary_provider_module" {
  enabled         = true
  trusted_modules = ["missing", "terraform-aws-modules/vpc/aws"]
}`,
		},
		{
			Name: "data-only use of the primary alias passes",
			Content: seedProviders + `module "reads" {
  source = "./testdata/modules/dataonly"
  providers = {
    aws = aws.primary
  }
}`,
		},
		{
			Name: "DR providers handed over pass",
			Content: seedProviders + `module "net" {
  source = "./testdata/modules/net"
  providers = {
    aws     = aws
    aws.src = aws
  }
}`,
		},
		{
			Name: "allowed_resource_types is honoured",
			Content: seedProviders + `module "subnets" {
  source = "./testdata/modules/subnets"
  providers = {
    aws = aws.primary
  }
}`,
			Config: "rule \"drguard_primary_provider_resource\" {\n  enabled = true\n  allowed_resource_types = [\"aws_subnet\"]\n}",
		},
	}
	runCases(t, rule, cases)
}
