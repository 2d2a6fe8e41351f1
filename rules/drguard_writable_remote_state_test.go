package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func TestWritableRemoteState(t *testing.T) {
	rule := NewWritableRemoteStateRule()
	// seedProviders + primaryRemoteState: the reads start at line 16.
	head := seedProviders + primaryRemoteState
	cases := []ruleCase{
		{
			Name: "a primary output through a chain of locals into a route table",
			Content: head + `locals {
  ids   = data.terraform_remote_state.network.outputs.route_table_ids
  list  = [for id in local.ids : id]
  first = local.list[0]
}
resource "aws_route" "to_dr" {
  route_table_id         = local.first
  destination_cidr_block = "10.1.0.0/16"
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "aws_route.to_dr writes into a primary object: route_table_id comes from an output of the primary's remote state (aws_route.to_dr.route_table_id <- local.first <- local.list <- local.ids <- data.terraform_remote_state.network.outputs.route_table_ids). The data bridge is read-only: use a DR-side object here, or manage this in the primary configuration.",
				Range:   rng(22, 3, 22, 39),
			}},
		},
		{
			Name: "into a local module's input",
			Content: head + `module "route" {
  source          = "./testdata/modules/route"
  route_table_ids = data.terraform_remote_state.network.outputs.route_table_ids
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "module.route.aws_route.to_dr writes into a primary object: route_table_id comes from an output of the primary's remote state (module.route.aws_route.to_dr.route_table_id <- module.route.each.value <- module.route.var.route_table_ids <- data.terraform_remote_state.network.outputs.route_table_ids). The data bridge is read-only: use a DR-side object here, or manage this in the primary configuration.",
				Range:   rng(18, 21, 18, 80),
			}},
		},
		{
			Name: "peering, routes to the primary CIDR and tags only read",
			Content: head + `resource "aws_vpc_peering_connection" "to_primary" {
  vpc_id      = "vpc-dr"
  peer_vpc_id = data.terraform_remote_state.network.outputs.vpc_id
  tags = {
    Peer = data.terraform_remote_state.network.outputs.vpc_id
  }
}
resource "aws_route" "to_primary" {
  route_table_id         = "rtb-dr"
  destination_cidr_block = data.terraform_remote_state.network.outputs.vpc_cidr
}`,
		},
		{
			Name: "a remote state of DR's own stacks is not primary",
			Content: seedProviders + `data "terraform_remote_state" "dr_net" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "network.tfstate"
    region = "us-west-2"
  }
}
resource "aws_route" "r" {
  route_table_id = data.terraform_remote_state.dr_net.outputs.route_table_id
}`,
		},
		{
			Name: "ignored_sinks",
			Content: head + `resource "aws_route" "r" {
  route_table_id = data.terraform_remote_state.network.outputs.route_table_id
}`,
			Config: "rule \"drguard_writable_remote_state\" {\n  enabled = true\n  ignored_sinks = [\"aws_route.route_table_id\"]\n}",
		},
		{
			Name: "the remote state reads this configuration's own state",
			Content: head + `data "terraform_remote_state" "self" {
  backend = "s3"
  config = {
    bucket = "dr-terraform-state"
    key    = "dr.tfstate"
    region = "us-west-2"
  }
}
terraform {
  backend "s3" {
    bucket = "dr-terraform-state"
    key    = "dr.tfstate"
    region = "us-west-2"
  }
}`,
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "data.terraform_remote_state.self reads this configuration's own state (its s3 backend): the bridge would read what it writes. Point it at the primary's state.",
				Range:   rng(16, 1, 16, 37),
			}},
		},
		{
			Name: "a resource writing into the primary's state bucket and lock table",
			Content: head + `resource "aws_s3_object" "marker" {
  bucket = "arn:aws:s3:::primary-terraform-state"
  key    = "dr-was-here"
}
resource "aws_dynamodb_table_item" "lock" {
  table_name = "primary-tf-locks"
  hash_key   = "LockID"
  item       = "{}"
}
resource "aws_iam_policy" "read_primary_state" {
  policy = "arn:aws:s3:::primary-terraform-state/*"
}`,
			Settings: func(s *config.Settings) {
				s.PrimaryStates = []state.Location{state.New("s3", map[string]string{"bucket": "primary-terraform-state", "dynamodb_table": "primary-tf-locks"}, nil)}
			},
			Expected: helper.Issues{
				{
					Rule:    rule,
					Message: "aws_s3_object.marker writes to the primary's state bucket \"primary-terraform-state\": aws_s3_object.marker.bucket names it (primary_state block 1). Remove the resource, or point it at DR's own storage.",
					Range:   rng(17, 3, 17, 50),
				},
				{
					Rule:    rule,
					Message: "aws_dynamodb_table_item.lock writes to the primary's lock table \"primary-tf-locks\": aws_dynamodb_table_item.lock.table_name names it (primary_state block 1). Remove the resource, or point it at DR's own storage.",
					Range:   rng(21, 3, 21, 34),
				},
			},
		},
		{
			Name: "read_only_role_pattern",
			Content: seedProviders + `data "terraform_remote_state" "ok" {
  backend = "s3"
  config = {
    bucket      = "primary-terraform-state"
    key         = "a.tfstate"
    region      = "us-east-1"
    assume_role = { role_arn = "arn:aws:iam::111111111111:role/read-only" }
  }
}
data "terraform_remote_state" "none" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "b.tfstate"
    region = "us-east-1"
  }
}`,
			Config: "rule \"drguard_writable_remote_state\" {\n  enabled = true\n  read_only_role_pattern = \"role/read-only$\"\n}",
			Expected: helper.Issues{{
				Rule:    rule,
				Message: "data.terraform_remote_state.none reads the primary's state without the read-only role: it assumes no role, which does not match read_only_role_pattern \"role/read-only$\", so the bridge could write to the primary. Set role_arn (or assume_role.role_arn) in its config to the primary's read-only role.",
				Range:   rng(19, 3, 23, 4),
			}},
		},
	}
	runCases(t, rule, cases)
}
