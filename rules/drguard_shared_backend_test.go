package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/zclconf/go-cty/cty"
)

// primaryRemoteState reads the primary's network state in us-east-1; lines 8-15 after
// seedProviders.
const primaryRemoteState = `data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-east-1"
  }
}
`

func TestSharedBackend(t *testing.T) {
	rule := NewSharedBackendRule()
	backend := func(body string) string {
		return seedProviders + primaryRemoteState + "terraform {\n  backend \"s3\" {\n" + body + "  }\n}\n"
	}
	cases := []ruleCase{
		{
			Name: "the primary's bucket",
			Content: backend(`    bucket = "primary-terraform-state"
    key    = "dr/terraform.tfstate"
    region = "us-west-2"
`),
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The s3 backend keeps DR state in the primary's state storage \"primary-terraform-state\" (data.terraform_remote_state.network): a primary outage or a mistaken apply would take DR's state with it. Keep DR state in its own storage in a DR region.",
				Range:   rng(18, 5, 18, 39),
			}},
		},
		{
			Name: "the primary's state itself",
			Content: backend(`    bucket = "primary-terraform-state"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
`),
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The s3 backend is the primary's own state (data.terraform_remote_state.network): a DR apply would overwrite it. Give the DR configuration its own state storage in a DR region.",
				Range:   rng(18, 5, 18, 39),
			}},
		},
		{
			Name: "DR state in the primary region",
			Content: backend(`    bucket = "dr-terraform-state"
    key    = "dr/terraform.tfstate"
    region = "us-east-1"
`),
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The s3 backend keeps DR state in us-east-1 (the primary region): a primary outage would lock DR out of its own state. Move the state storage to a DR region.",
				Range:   rng(20, 5, 20, 25),
			}},
		},
		{
			Name: "the primary's lock table",
			Content: backend(`    bucket         = "dr-terraform-state"
    key            = "dr/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "arn:aws:dynamodb:us-east-1:123456789012:table/primary-tf-locks"
`),
			Settings: func(s *config.Settings) {
				s.PrimaryStates = []state.Location{state.New("s3", map[string]string{"bucket": "primary-terraform-state", "dynamodb_table": "primary-tf-locks"}, nil)}
			},
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The s3 backend locks with the primary's lock table \"arn:aws:dynamodb:us-east-1:123456789012:table/primary-tf-locks\" (primary_state block 1): DR and primary runs would block each other, and a primary outage would block DR. Use a lock table of DR's own.",
				Range:   rng(21, 5, 21, 86),
			}},
		},
		{
			Name: "completed by backend_config_file: reported on the block",
			Content: seedProviders + primaryRemoteState + `terraform {
  backend "s3" {}
}`,
			Settings: func(s *config.Settings) {
				s.BackendConfigFile = "dr.s3.tfbackend"
				s.BackendConfig = map[string]cty.Value{"bucket": cty.StringVal("primary-terraform-state"), "key": cty.StringVal("dr"), "region": cty.StringVal("us-west-2")}
			},
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The s3 backend keeps DR state in the primary's state storage \"primary-terraform-state\" (data.terraform_remote_state.network): a primary outage or a mistaken apply would take DR's state with it. Keep DR state in its own storage in a DR region.",
				Range:   rng(17, 3, 17, 15),
			}},
		},
		{
			Name: "the seed DR backend passes",
			Content: backend(`    bucket         = "dr-terraform-state"
    key            = "network/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "dr-tf-locks"
`),
		},
		{
			Name: "a bucket that only contains the primary's name",
			Content: backend(`    bucket = "primary-terraform-state-dr"
    key    = "network/terraform.tfstate"
    region = "us-west-2"
`),
		},
		{
			Name: "a bucket that is not known",
			Content: `variable "bucket" {}
` + backend(`    bucket = var.bucket
    key    = "dr/terraform.tfstate"
`),
		},
		{
			Name: "a remote state without a region is not primary without primary_state",
			Content: `data "terraform_remote_state" "net" {
  backend = "azurerm"
  config = {
    storage_account_name = "primaryacct"
    container_name       = "tfstate"
    key                  = "network.tfstate"
  }
}
terraform {
  backend "azurerm" {
    storage_account_name = "primaryacct"
    container_name       = "tfstate"
    key                  = "dr.tfstate"
  }
}`,
		},
		{
			Name: "cloud workspace named by primary_state",
			Content: `terraform {
  cloud {
    organization = "acme"
    workspaces {
      name = "network-primary"
    }
  }
}`,
			Settings: func(s *config.Settings) {
				s.PrimaryStates = []state.Location{state.New("cloud", map[string]string{"organization": "acme", "workspace": "network-primary"}, nil)}
			},
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "The cloud backend is the primary's own state (primary_state block 1): a DR apply would overwrite it. Give the DR configuration its own state storage in a DR region.",
				Range:   rng(3, 5, 3, 26),
			}},
		},
	}
	runCases(t, rule, cases)
}
