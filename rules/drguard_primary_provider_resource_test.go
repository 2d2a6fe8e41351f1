package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestPrimaryProviderResource(t *testing.T) {
	rule := NewPrimaryProviderResourceRule()
	cases := []ruleCase{
		{
			Name: "resource on the primary alias",
			Content: seedProviders + `resource "aws_s3_bucket" "logs" {
  provider = aws.primary
  region   = "us-west-2"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_s3_bucket.logs writes to us-east-1 (the primary region) through the primary provider configuration aws.primary. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(9, 3, 9, 25),
			}},
		},
		{
			Name: "import block on the primary alias",
			Content: seedProviders + `import {
  to       = aws_s3_bucket.logs
  id       = "logs"
  provider = aws.primary
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "import of aws_s3_bucket.logs writes to us-east-1 (the primary region) through the primary provider configuration aws.primary. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(11, 3, 11, 25),
			}},
		},
		{
			Name: "bare provider = aws when the default configuration is primary",
			Content: `provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
resource "aws_s3_bucket" "logs" {
  provider = aws
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_s3_bucket.logs writes to us-east-1 (the primary region) through the default aws provider configuration. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(9, 3, 9, 17),
			}},
		},
		{
			Name: "an alias of another name in the primary region",
			Content: seedProviders + `provider "aws" {
  alias  = "virginia"
  region = "us-east-1"
}
resource "aws_sqs_queue" "q" {
  provider = aws.virginia
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_sqs_queue.q writes to us-east-1 (the primary region) through the provider configuration aws.virginia. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(13, 3, 13, 26),
			}},
		},
		{
			Name: "legacy quoted reference",
			Content: seedProviders + `resource "aws_sqs_queue" "q" {
  provider = "aws.primary"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_sqs_queue.q writes to us-east-1 (the primary region) through the primary provider configuration aws.primary. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(9, 3, 9, 27),
			}},
		},
		{
			Name: "reads on the primary alias pass",
			Content: seedProviders + `data "aws_vpc" "primary" {
  provider = aws.primary
}
ephemeral "aws_secretsmanager_secret_version" "token" {
  provider  = aws.primary
  secret_id = "token"
}
check "primary_up" {
  data "aws_vpc" "probe" {
    provider = aws.primary
  }
}`,
		},
		{
			Name:     "resources without a provider argument are not this rule's",
			Content:  "provider \"aws\" {\n  region = \"us-east-1\"\n}\n" + `resource "aws_s3_bucket" "logs" {}`,
			Settings: func(s *config.Settings) { s.PrimaryRegions = []string{"us-east-1"} },
		},
		{
			Name: "a DR alias passes",
			Content: seedProviders + `provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_s3_bucket" "logs" {
  provider = aws.dr
}`,
		},
		{
			Name: "an alias whose region is not known passes",
			Content: seedProviders + `variable "region" {}
provider "aws" {
  alias  = "other"
  region = var.region
}
resource "aws_s3_bucket" "logs" {
  provider = aws.other
}`,
		},
		{
			Name: "allowed_resource_types exempts fixed-region services",
			Content: seedProviders + `resource "aws_acm_certificate" "cdn" {
  provider = aws.primary
}
resource "aws_cloudfront_distribution" "cdn" {
  provider = aws.primary
}
resource "aws_s3_bucket" "b" {
  provider = aws.primary
}`,
			Config: `rule "drguard_primary_provider_resource" {
  enabled                = true
  allowed_resource_types = ["aws_acm_certificate", "aws_cloudfront_*"]
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_s3_bucket.b writes to us-east-1 (the primary region) through the primary provider configuration aws.primary. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(15, 3, 15, 25),
			}},
		},
		{
			Name: "primary_aliases names another alias",
			Content: seedProviders + `provider "aws" {
  alias  = "main"
  region = "eu-west-1"
}
resource "aws_s3_bucket" "a" {
  provider = aws.main
}
resource "aws_s3_bucket" "b" {
  provider = aws.primary
}`,
			Settings: func(s *config.Settings) { s.PrimaryAliases = []string{"main"} },
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_s3_bucket.a writes to eu-west-1 (the primary region) through the primary provider configuration aws.main. A DR configuration may read the primary but never write to it: give it a DR provider configuration, or manage it in the primary configuration.",
				Range:   rng(13, 3, 13, 22),
			}},
		},
	}
	runCases(t, rule, cases)
}

func TestPrimaryProviderResourceBadPattern(t *testing.T) {
	runner := helper.TestRunner(t, map[string]string{
		"main.tf":     seedProviders,
		".tflint.hcl": "rule \"drguard_primary_provider_resource\" {\n  enabled = true\n  allowed_resource_types = [\"aws_[\"]\n}",
	})
	err := NewPrimaryProviderResourceRule().Check(modelRunner(runner))
	want := `rule "drguard_primary_provider_resource": allowed_resource_types entry "aws_[" is not a valid glob pattern; use names with * wildcards, e.g. "aws_cloudfront_*"`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}
