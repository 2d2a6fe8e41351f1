package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestResourceRegion(t *testing.T) {
	rule := NewResourceRegionRule()
	msg := func(addr, arg, value, region string) string {
		lead := addr + " is placed in " + region + " (the primary region) by " + arg + " = \"" + value + "\"."
		fix := "Use a DR region, or remove the argument to inherit the DR provider's region."
		switch arg {
		case "replica.region_name":
			lead = addr + " creates a replica in " + region + " (the primary region): " + arg + " = \"" + value + "\"."
			fix = "Replicate to a DR region, or manage this replica from the primary configuration."
		case "availability_zones":
			lead = addr + " is placed in " + region + " (the primary region) by " + arg + " including \"" + value + "\"."
			fix = "Use a zone of a DR region."
		case "availability_zone", "zone":
			fix = "Use a zone of a DR region."
		case "location":
			fix = "Use a DR location."
		}
		return lead + " A DR configuration may read the primary but never write to it. " + fix
	}
	cases := []ruleCase{
		{
			Name: "region argument in the primary region",
			Content: seedProviders + `resource "aws_s3_bucket" "b" {
  region = "us-east-1"
}`,
			Expected: helper.Issues{{Rule: rule, Message: msg("aws_s3_bucket.b", "region", "us-east-1", "us-east-1"), Range: rng(9, 3, 9, 23)}},
		},
		{
			Name: "availability zone in the primary region",
			Content: seedProviders + `resource "aws_subnet" "a" {
  availability_zone = "us-east-1a"
}`,
			Expected: helper.Issues{{Rule: rule, Message: msg("aws_subnet.a", "availability_zone", "us-east-1a", "us-east-1"), Range: rng(9, 3, 9, 35)}},
		},
		{
			Name: "a list of zones, element by element",
			Content: seedProviders + `resource "aws_autoscaling_group" "g" {
  availability_zones = ["us-west-2a", "us-east-1b"]
}`,
			Expected: helper.Issues{{Rule: rule, Message: msg("aws_autoscaling_group.g", "availability_zones", "us-east-1b", "us-east-1"), Range: rng(9, 3, 9, 52)}},
		},
		{
			Name: "AzureRM location compares without case and spaces",
			Content: `resource "azurerm_resource_group" "rg" {
  location = "East US"
}`,
			Settings: func(s *config.Settings) { s.PrimaryRegions = []string{"eastus"} },
			Expected: helper.Issues{{Rule: rule, Message: msg("azurerm_resource_group.rg", "location", "East US", "eastus"), Range: rng(2, 3, 2, 23)}},
		},
		{
			Name: "Google zone",
			Content: `resource "google_compute_instance" "vm" {
  zone = "us-central1-b"
}`,
			Settings: func(s *config.Settings) { s.PrimaryRegions = []string{"us-central1"} },
			Expected: helper.Issues{{Rule: rule, Message: msg("google_compute_instance.vm", "zone", "us-central1-b", "us-central1"), Range: rng(2, 3, 2, 25)}},
		},
		{
			Name: "replica block in the primary region",
			Content: seedProviders + `resource "aws_dynamodb_table" "t" {
  replica {
    region_name = "eu-west-1"
  }
  replica {
    region_name = "us-east-1"
  }
}`,
			Expected: helper.Issues{{Rule: rule, Message: msg("aws_dynamodb_table.t", "replica.region_name", "us-east-1", "us-east-1"), Range: rng(13, 5, 13, 30)}},
		},
		{
			Name: "region from a variable default",
			Content: seedProviders + `variable "r" {
  default = "us-east-1"
}
resource "aws_sqs_queue" "q" {
  region = var.r
}`,
			Expected: helper.Issues{{Rule: rule, Message: msg("aws_sqs_queue.q", "region", "us-east-1", "us-east-1"), Range: rng(12, 3, 12, 17)}},
		},
		{
			Name: "a child module's region through a module input and a local",
			Content: seedProviders + `module "regional" {
  source = "./testdata/modules/regional"
  region = "US-EAST-1"
}`,
			Expected: helper.Issues{{Rule: rule, Message: "module.regional.aws_s3_bucket.b is placed in us-east-1 (the primary region) by region = \"us-east-1\" (testdata/modules/regional/main.tf:6). A DR configuration may read the primary but never write to it. Use a DR region, or remove the argument to inherit the DR provider's region.", Range: rng(8, 1, 8, 18)}},
		},
		{
			Name: "a child module's region in a DR region",
			Content: seedProviders + `module "regional" {
  source = "./testdata/modules/regional"
  region = "us-west-2"
}`,
		},
		{
			Name: "data sources only read",
			Content: seedProviders + `data "aws_s3_bucket" "b" {
  region = "us-east-1"
}`,
		},
		{
			Name: "resources on the primary provider are the other rule's",
			Content: seedProviders + `resource "aws_s3_bucket" "b" {
  provider = aws.primary
  region   = "us-east-1"
}`,
		},
		{
			Name: "zone IDs and Local Zones are out of scope, DR zones pass",
			Content: seedProviders + `resource "aws_subnet" "a" {
  availability_zone = "use1-az1"
}
resource "aws_subnet" "b" {
  availability_zone = "us-east-1-bos-1a"
}
resource "aws_subnet" "c" {
  availability_zone = "us-west-2a"
}`,
		},
		{
			Name: "no primary region known",
			Content: `resource "aws_s3_bucket" "b" {
  region = "us-east-1"
}`,
		},
		{
			Name: "allowed_resource_types",
			Content: seedProviders + `resource "aws_acm_certificate" "cdn" {
  region = "us-east-1"
}`,
			Config: "rule \"drguard_primary_provider_resource\" {\n  enabled = true\n  allowed_resource_types = [\"aws_acm_certificate\"]\n}",
		},
	}
	runCases(t, rule, cases)
}
