package model

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

const configuredSource = `
variable "location" {
  default = "westus2"
}
resource "azurerm_resource_group" "dr" {
  location = var.location
}
resource "aws_s3_bucket" "logs" {
  bucket = "dr-logs"
}
resource "aws_s3_bucket" "counted" {
  count  = 2
  bucket = "dr-logs-${count.index}"
}
resource "aws_s3_bucket" "by_key" {
  for_each = { east = "us-east-1", west = "us-west-2" }
  bucket   = "dr-${each.key}"
  region   = each.value
}
resource "aws_s3_bucket" "aliased" {
  provider = aws.dr
  bucket   = "dr-aliased"
}
data "aws_s3_bucket" "state" {
  bucket = "dr-terraform-state"
}
module "m" {
  source = "./m"
}
`

// A reference to an argument a resource or data source sets in configuration evaluates to
// that value, in the instance it names; computed attributes, meta-arguments, whole objects
// and module outputs stay unknown.
func TestConfiguredReferences(t *testing.T) {
	m := build(t, configuredSource, nil)
	tests := []struct {
		expr string
		want cty.Value
	}{
		{`azurerm_resource_group.dr.location`, cty.StringVal("westus2")},
		{`upper(azurerm_resource_group.dr.location)`, cty.StringVal("WESTUS2")},
		{`aws_s3_bucket.logs.bucket`, cty.StringVal("dr-logs")},
		{`"${aws_s3_bucket.logs.bucket}/${aws_s3_bucket.counted[1].bucket}"`, cty.StringVal("dr-logs/dr-logs-1")},
		{`aws_s3_bucket.counted[1].bucket`, cty.StringVal("dr-logs-1")},
		{`aws_s3_bucket.by_key["east"].region`, cty.StringVal("us-east-1")},
		{`data.aws_s3_bucket.state.bucket`, cty.StringVal("dr-terraform-state")},
		// An instance that does not exist, and a counted resource without its index.
		{`aws_s3_bucket.counted[5].bucket`, cty.DynamicVal},
		{`aws_s3_bucket.counted.bucket`, cty.DynamicVal},
		// Computed attributes, meta-arguments, the whole object, module outputs.
		{`aws_s3_bucket.logs.arn`, cty.DynamicVal},
		{`aws_s3_bucket.logs.region`, cty.DynamicVal},
		{`aws_s3_bucket.aliased.provider`, cty.DynamicVal},
		{`aws_s3_bucket.logs`, cty.DynamicVal},
		{`module.m.bucket`, cty.DynamicVal},
		// A computed attribute next to a configured one of the same object is unknown, not
		// missing: try() must not fall back on it.
		{`try(aws_s3_bucket.logs.region, "us-east-1")`, cty.DynamicVal},
		{`aws_s3_bucket.logs.bucket == "dr-logs" ? try(aws_s3_bucket.logs.region, "us-east-1") : "x"`, cty.DynamicVal},
		{`try(aws_s3_bucket.logs.nope.deeper, "us-east-1")`, cty.DynamicVal},
	}
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			expr, diags := hclsyntax.ParseExpression([]byte(tt.expr), "test.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			got := m.eval.value(expr, nil)
			if !got.RawEquals(tt.want) && !(!tt.want.IsKnown() && !got.IsKnown()) {
				t.Errorf("value = %#v, want %#v", got, tt.want)
			}
		})
	}
}

// Placements follow configured references: the AzureRM idiom location =
// azurerm_resource_group.x.location.
func TestPlacementThroughConfiguredReference(t *testing.T) {
	m := build(t, `
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
resource "aws_s3_bucket" "primary_copy" {
  bucket = "dr-copy"
  region = "us-east-1"
}
resource "aws_sqs_queue" "q" {
  region = aws_s3_bucket.primary_copy.region
}
resource "aws_sqs_queue" "computed" {
  region = try(aws_s3_bucket.primary_copy.arn, "us-east-1")
}
`, nil)
	if got := m.Placements(m.Module, m.Block("aws_sqs_queue.q")); len(got) != 1 || got[0].Value != "us-east-1" {
		t.Errorf("placements of aws_sqs_queue.q = %+v", got)
	}
	if got := m.Placements(m.Module, m.Block("aws_sqs_queue.computed")); len(got) != 0 {
		t.Errorf("placements of aws_sqs_queue.computed = %+v, want none (arn is computed)", got)
	}
}
