package rules

import (
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// The child modules live in testdata/modules; the test runner's root module is this directory.
func TestPrimaryProviderModule(t *testing.T) {
	rule := NewPrimaryProviderModuleRule()
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
				Message: "module.net creates 1 resource in us-east-1 (the primary region) through the primary provider configuration aws.primary, handed over in its providers map: module.net.module.subnets.aws_subnet.private. Hand the module a DR provider configuration, or read the primary through data sources only.",
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
				Message: "module.subnets creates 1 resource in us-east-1 (the primary region) through the inherited default aws provider configuration: module.subnets.aws_subnet.private. Hand the module a DR provider configuration, or read the primary through data sources only.",
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
				Message: "module.legacy creates 1 resource in us-east-1 (the primary region) through the default aws provider configuration, which module.legacy declares itself: module.legacy.aws_s3_bucket.b. Hand the module a DR provider configuration, or read the primary through data sources only.",
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
				Message: "module.legacy creates 1 resource in us-east-1 (the primary region) through the default aws provider configuration, which module.legacy declares itself: module.legacy.aws_s3_bucket.b. Hand the module a DR provider configuration, or read the primary through data sources only.",
				Range:   rng(8, 1, 8, 16),
			}},
		},
		{
			Name: "modules that cannot be inspected and receive no primary configuration: only the cycle",
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
					Message: "module.loop cannot be inspected in module.loop.module.again: it calls testdata/modules/loop (../loop) again: the module reaches itself. Fix it, or list the module in trusted_modules of drguard_primary_provider_module.",
					Range:   rng(11, 1, 11, 14),
				},
			},
		},
		{
			Name: `unverifiable_modules = "all": every module that cannot be inspected`,
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
			Config: `rule "drguard_primary_provider_module" {
  enabled              = true
  unverifiable_modules = "all"
}`,
			Expected: helper.Issues{
				{
					Rule:    rule,
					Message: "module.missing cannot be inspected: its directory testdata/modules/nope does not exist. Fix it, or list the module in trusted_modules of drguard_primary_provider_module.",
					Range:   rng(8, 1, 8, 17),
				},
				{
					Rule:    rule,
					Message: "module.loop cannot be inspected in module.loop.module.again: it calls testdata/modules/loop (../loop) again: the module reaches itself. Fix it, or list the module in trusted_modules of drguard_primary_provider_module.",
					Range:   rng(11, 1, 11, 14),
				},
				{
					Rule:    rule,
					Message: `module.vpc cannot be inspected: its source "terraform-aws-modules/vpc/aws" is not installed. Run terraform init -backend=false (it installs modules without credentials or state), or list the module in trusted_modules of drguard_primary_provider_module.`,
					Range:   rng(14, 1, 14, 13),
				},
			},
		},
		{
			Name: "a module that cannot be inspected, handed the primary configuration or a primary region",
			Content: seedProviders + `module "vpc" {
  source    = "terraform-aws-modules/vpc/aws"
  providers = { aws = aws.primary }
}
module "store" {
  source = "./testdata/modules/nope"
  region = "us-east-1"
}`,
			Expected: helper.Issues{
				{
					Rule:    rule,
					Message: `module.vpc cannot be inspected: its source "terraform-aws-modules/vpc/aws" is not installed, and it receives the primary provider configuration aws.primary, so it may write to us-east-1 (the primary region). Run terraform init -backend=false (it installs modules without credentials or state), or list the module in trusted_modules of drguard_primary_provider_module.`,
					Range:   rng(8, 1, 8, 13),
				},
				{
					Rule:    rule,
					Message: `module.store cannot be inspected: its directory testdata/modules/nope does not exist, and it is told to work in a primary region (region = "us-east-1"). Fix it, or list the module in trusted_modules of drguard_primary_provider_module.`,
					Range:   rng(12, 1, 12, 15),
				},
			},
		},
		{
			Name: "trusted_modules by name and by a source glob, even with unverifiable_modules = all",
			Content: seedProviders + `module "missing" {
  source = "./testdata/modules/nope"
}
module "vpc" {
  source    = "terraform-aws-modules/vpc/aws"
  providers = { aws = aws.primary }
}`,
			Config: `rule "drguard_primary_provider_module" {
  enabled              = true
  trusted_modules      = ["missing", "terraform-aws-modules/*"]
  unverifiable_modules = "all"
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
