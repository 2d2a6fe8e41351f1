package model

import (
	"strings"
	"testing"
)

const flowSource = `
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
data "terraform_remote_state" "net" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network.tfstate"
    region = "us-east-1"
  }
}
locals {
  ids    = data.terraform_remote_state.net.outputs.route_table_ids
  listed = [for id in local.ids : upper(id)]
  first  = local.listed[0]
  picked = var.flag ? local.first : "rtb-dr"
  splat  = data.terraform_remote_state.net.outputs.subnets[*].id
  joined = join(",", concat(local.splat, ["x"]))
  loop1  = local.loop2
  loop2  = local.loop1
  cidr   = data.terraform_remote_state.net.outputs.vpc_cidr
  bucket = data.terraform_remote_state.net.config.bucket
}
variable "flag" {
  default = true
}
resource "aws_route" "r" {
  for_each       = toset(local.ids)
  route_table_id = local.picked
  gateway_id     = each.value
  vpc_id = local.cidr
  subnet_id = local.joined
  zone_id = local.loop1
  resource_id = data.terraform_remote_state.net.outputs["zone"]
  bucket = local.bucket
  role = var.flag == data.terraform_remote_state.net.outputs.x ? "a" : "b"
  table_name = lookup({ k = local.first }, "k", "z")
}
`

func TestFlows(t *testing.T) {
	m := build(t, flowSource, nil)
	var route *Block
	for _, b := range m.Blocks {
		if b.Address() == "aws_route.r" {
			route = b
		}
	}
	a := m.FlowAnalyzer()
	paths := func(arg string) string {
		var out []string
		for _, f := range a.Flows(nil, route, route.Body.Attributes[arg].Expr) {
			out = append(out, strings.Join(append(append([]string{arg}, f.Chain...), f.Source), " <- "))
		}
		return strings.Join(out, " | ")
	}
	tests := map[string]string{
		"route_table_id": "route_table_id <- local.picked <- local.first <- local.listed <- local.ids <- data.terraform_remote_state.net.outputs.route_table_ids",
		"gateway_id":     "gateway_id <- each.value <- local.ids <- data.terraform_remote_state.net.outputs.route_table_ids",
		"vpc_id":         "vpc_id <- local.cidr <- data.terraform_remote_state.net.outputs.vpc_cidr",
		"subnet_id":      "subnet_id <- local.joined <- local.splat <- data.terraform_remote_state.net.outputs.subnets",
		"zone_id":        "",
		"resource_id":    "resource_id <- data.terraform_remote_state.net.outputs.zone",
		"bucket":         "bucket <- local.bucket <- data.terraform_remote_state.net.config.bucket",
		"role":           "",
		"table_name":     "table_name <- local.first <- local.listed <- local.ids <- data.terraform_remote_state.net.outputs.route_table_ids",
	}
	for arg, want := range tests {
		if got := paths(arg); got != want {
			t.Errorf("%s:\n got %s\nwant %s", arg, got, want)
		}
	}
	flows := a.Flows(nil, route, route.Body.Attributes["bucket"].Expr)
	if len(flows) != 1 || !flows[0].Config || flows[0].Value != "primary-terraform-state" || !m.IsPrimary(flows[0].Remote) {
		t.Errorf("config flow = %+v", flows)
	}
}

// A dynamic block's iterator follows to the block's for_each, nested iterators through the
// outer one.
func TestFlowsThroughIterators(t *testing.T) {
	m := build(t, `
data "terraform_remote_state" "net" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network.tfstate"
    region = "us-east-1"
  }
}
locals {
  rules = { orders = { buckets = [data.terraform_remote_state.net.outputs.bucket_arn] } }
}
resource "aws_s3_bucket_replication_configuration" "c" {
  dynamic "rule" {
    for_each = local.rules
    content {
      dynamic "destination" {
        for_each = rule.value.buckets
        content {
          bucket = destination.value
        }
      }
    }
  }
}
`, nil)
	a := m.FlowAnalyzer()
	c := m.Block("aws_s3_bucket_replication_configuration.c")
	nested := m.NestedAttributes(c, "rule.destination.bucket", nil)
	if len(nested) != 1 {
		t.Fatalf("rule.destination.bucket: %d attributes, want 1", len(nested))
	}
	var got []string
	for _, f := range a.Flows(nil, c, nested[0].Attr.Expr, nested[0].Iterators...) {
		got = append(got, strings.Join(append(append([]string{}, f.Chain...), f.Source), " <- "))
	}
	want := "destination.value <- rule.value <- local.rules <- data.terraform_remote_state.net.outputs.bucket_arn"
	if strings.Join(got, " | ") != want {
		t.Errorf("rule.destination.bucket:\n got %s\nwant %s", strings.Join(got, " | "), want)
	}
	if flows := a.Flows(nil, c, nested[0].Attr.Expr); len(flows) != 0 {
		t.Errorf("without its iterators, destination.value has flows %+v", flows)
	}
}

// An attribute of an object follows only what that attribute holds.
func TestFlowsThroughObjects(t *testing.T) {
	m := build(t, `
data "terraform_remote_state" "net" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network.tfstate"
    region = "us-east-1"
  }
}
locals {
  vpc = {
    id   = "vpc-dr"
    cidr = data.terraform_remote_state.net.outputs.vpc_cidr
    nested = {
      zone = data.terraform_remote_state.net.outputs.zone_id
    }
  }
  state = { outputs = data.terraform_remote_state.net.outputs }
}
resource "aws_route" "r" {
  vpc_id         = local.vpc.id
  subnet_id      = local.vpc.cidr
  zone_id        = local.vpc.nested.zone
  route_table_id = local.vpc
  resource_id    = local.state.outputs.rt
}
`, nil)
	a := m.FlowAnalyzer()
	route := m.Block("aws_route.r")
	tests := map[string]string{
		"vpc_id":         "",
		"subnet_id":      "local.vpc <- data.terraform_remote_state.net.outputs.vpc_cidr",
		"zone_id":        "local.vpc <- data.terraform_remote_state.net.outputs.zone_id",
		"route_table_id": "local.vpc <- data.terraform_remote_state.net.outputs.vpc_cidr | local.vpc <- data.terraform_remote_state.net.outputs.zone_id",
		"resource_id":    "local.state <- data.terraform_remote_state.net.outputs.rt",
	}
	for arg, want := range tests {
		var got []string
		for _, f := range a.Flows(nil, route, route.Body.Attributes[arg].Expr) {
			got = append(got, strings.Join(append(append([]string{}, f.Chain...), f.Source), " <- "))
		}
		if strings.Join(got, " | ") != want {
			t.Errorf("%s:\n got %s\nwant %s", arg, strings.Join(got, " | "), want)
		}
	}
}
