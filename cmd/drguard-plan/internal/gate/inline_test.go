package gate

import (
	"reflect"
	"strings"
	"testing"
)

// Hand-written plans for shapes the offline fixtures cannot produce (OpenTofu provider
// for_each, deposed objects, unknown values) or that are easier to read inline. Each keeps
// the field layout of real plan JSON.

func checkInline(t *testing.T, planJSON string, s Settings) *Result {
	t.Helper()
	p, err := ParsePlan([]byte(planJSON))
	if err != nil {
		t.Fatal(err)
	}
	res, err := Check(p, s)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func summary(res *Result) []string {
	var out []string
	for _, f := range res.Findings {
		var kinds []string
		for _, r := range f.Reasons {
			kinds = append(kinds, r.Kind)
		}
		out = append(out, f.Address+" "+f.Action+" "+strings.Join(kinds, ","))
	}
	return out
}

const providers = `
  "aws": {"name": "aws", "full_name": "registry.opentofu.org/hashicorp/aws", "expressions": {"region": {"constant_value": "us-west-2"}}},
  "aws.primary": {"name": "aws", "full_name": "registry.opentofu.org/hashicorp/aws", "alias": "primary", "expressions": {"region": {"constant_value": "us-east-1"}}}`

func TestInline(t *testing.T) {
	tests := []struct {
		name     string
		plan     string
		settings Settings
		want     []string
	}{
		{
			// OpenTofu >= 1.9 provider for_each (TERRAFORM-NOTES §1.6): the configuration only
			// says aws.by_region, region each.key; the instances' planned regions tell.
			name: "OpenTofu provider for_each: judged per instance by planned region",
			plan: `{"format_version": "1.2", "terraform_version": "1.12.6",
			  "configuration": {"provider_config": {` + providers + `,
			    "aws.by_region": {"name": "aws", "full_name": "registry.opentofu.org/hashicorp/aws", "alias": "by_region", "expressions": {"region": {"references": ["each.key"]}}}},
			    "root_module": {"resources": [{"address": "aws_s3_bucket.per_region", "mode": "managed", "type": "aws_s3_bucket", "name": "per_region", "provider_config_key": "aws.by_region"}],
			      "module_calls": {"regional": {"source": "./r", "module": {"resources": [{"address": "aws_s3_bucket.r", "mode": "managed", "type": "aws_s3_bucket", "name": "r", "provider_config_key": "aws.by_region"}]}}}}},
			  "resource_changes": [
			    {"address": "aws_s3_bucket.per_region[\"us-east-1\"]", "mode": "managed", "type": "aws_s3_bucket", "name": "per_region", "index": "us-east-1", "provider_name": "registry.opentofu.org/hashicorp/aws", "change": {"actions": ["create"], "before": null, "after": {"region": "us-east-1"}}},
			    {"address": "aws_s3_bucket.per_region[\"us-west-2\"]", "mode": "managed", "type": "aws_s3_bucket", "name": "per_region", "index": "us-west-2", "provider_name": "registry.opentofu.org/hashicorp/aws", "change": {"actions": ["create"], "before": null, "after": {"region": "us-west-2"}}},
			    {"address": "module.regional[\"us-east-1\"].aws_s3_bucket.r", "module_address": "module.regional[\"us-east-1\"]", "mode": "managed", "type": "aws_s3_bucket", "name": "r", "change": {"actions": ["create"], "before": null, "after": {"region": "us-east-1"}}},
			    {"address": "module.regional[\"us-west-2\"].aws_s3_bucket.r", "module_address": "module.regional[\"us-west-2\"]", "mode": "managed", "type": "aws_s3_bucket", "name": "r", "change": {"actions": ["create"], "before": null, "after": {"region": "us-west-2"}}}]}`,
			settings: defaults,
			want: []string{
				`aws_s3_bucket.per_region["us-east-1"] create region`,
				`module.regional["us-east-1"].aws_s3_bucket.r create region`,
			},
		},
		{
			name: "a module provider's region from the variable's default, and through two module calls to a root variable",
			plan: `{"format_version": "1.2", "variables": {"root_region": {"value": "us-east-1"}},
			  "configuration": {"provider_config": {` + providers + `,
			    "module.d:aws": {"name": "aws", "module_address": "module.d", "expressions": {"region": {"references": ["var.region"]}}},
			    "module.a.module.b:aws": {"name": "aws", "module_address": "module.a.module.b", "expressions": {"region": {"references": ["var.r"]}}}},
			    "root_module": {"module_calls": {
			      "d": {"source": "./d", "module": {"variables": {"region": {"default": "us-east-1"}},
			        "resources": [{"address": "aws_iam_role.x", "mode": "managed", "type": "aws_iam_role", "name": "x", "provider_config_key": "module.d:aws"}]}},
			      "a": {"source": "./a", "expressions": {"x": {"references": ["var.root_region"]}}, "module": {
			        "module_calls": {"b": {"source": "./b", "expressions": {"r": {"references": ["var.x"]}}, "module": {
			          "resources": [{"address": "aws_iam_role.y", "mode": "managed", "type": "aws_iam_role", "name": "y", "provider_config_key": "module.a.module.b:aws"}]}}}}}}}},
			  "resource_changes": [
			    {"address": "module.d.aws_iam_role.x", "mode": "managed", "type": "aws_iam_role", "name": "x", "change": {"actions": ["create"], "before": null, "after": {"name": "x"}}},
			    {"address": "module.a.module.b.aws_iam_role.y", "mode": "managed", "type": "aws_iam_role", "name": "y", "change": {"actions": ["create"], "before": null, "after": {"name": "y"}}}]}`,
			settings: defaults,
			want: []string{
				"module.d.aws_iam_role.x create provider_region",
				"module.a.module.b.aws_iam_role.y create provider_region",
			},
		},
		{
			name: "unknown regions are never findings; expressions that are not exactly one variable are unknown",
			plan: `{"format_version": "1.2", "variables": {"a": {"value": "us-east-1"}, "b": {"value": "x"}},
			  "configuration": {"provider_config": {` + providers + `,
			    "aws.local": {"name": "aws", "alias": "local", "expressions": {"region": {"references": ["local.region"]}}},
			    "aws.two": {"name": "aws", "alias": "two", "expressions": {"region": {"references": ["var.a", "var.b"]}}}},
			    "root_module": {"resources": [
			      {"address": "aws_s3_bucket.l", "mode": "managed", "type": "aws_s3_bucket", "name": "l", "provider_config_key": "aws.local"},
			      {"address": "aws_s3_bucket.t", "mode": "managed", "type": "aws_s3_bucket", "name": "t", "provider_config_key": "aws.two"}]}},
			  "resource_changes": [
			    {"address": "aws_s3_bucket.l", "mode": "managed", "type": "aws_s3_bucket", "name": "l", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"region": true}}},
			    {"address": "aws_s3_bucket.t", "mode": "managed", "type": "aws_s3_bucket", "name": "t", "change": {"actions": ["create"], "before": null, "after": {"region": null}}}]}`,
			settings: defaults,
		},
		{
			name: "a region argument from a variable counts when the planned region is unknown",
			plan: `{"format_version": "1.2", "variables": {"where": {"value": "us-east-1"}},
			  "configuration": {"provider_config": {` + providers + `},
			    "root_module": {"resources": [{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "provider_config_key": "aws",
			      "expressions": {"region": {"references": ["var.where"]}}}]}},
			  "resource_changes": [{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "change": {"actions": ["create"], "before": null, "after": {}, "after_unknown": {"region": true}}}]}`,
			settings: defaults,
			want:     []string{"aws_s3_bucket.b create region"},
		},
		{
			name: "a provider configuration with no provider block: the alias comes from the key",
			plan: `{"format_version": "1.2",
			  "configuration": {"root_module": {"resources": [{"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "provider_config_key": "aws.primary"}]}},
			  "resource_changes": [{"address": "aws_iam_role.r", "mode": "managed", "type": "aws_iam_role", "name": "r", "change": {"actions": ["update"], "before": {"name": "r"}, "after": {"name": "r"}}}]}`,
			settings: defaults,
			want:     []string{"aws_iam_role.r update alias"},
		},
		{
			name: "a deposed object's delete; forget, no-op and data reads pass",
			plan: `{"format_version": "1.2",
			  "configuration": {"provider_config": {` + providers + `}, "root_module": {}},
			  "resource_changes": [
			    {"address": "aws_s3_bucket.old", "mode": "managed", "type": "aws_s3_bucket", "name": "old", "deposed": "00000001", "change": {"actions": ["delete"], "before": {"region": "us-east-1"}, "after": null}},
			    {"address": "aws_s3_bucket.f", "mode": "managed", "type": "aws_s3_bucket", "name": "f", "change": {"actions": ["forget"], "before": {"region": "us-east-1"}, "after": null}},
			    {"address": "aws_s3_bucket.n", "mode": "managed", "type": "aws_s3_bucket", "name": "n", "change": {"actions": ["no-op"], "before": {"region": "us-east-1"}, "after": {"region": "us-east-1"}}},
			    {"address": "data.aws_s3_bucket.d", "mode": "data", "type": "aws_s3_bucket", "name": "d", "change": {"actions": ["read"], "before": null, "after": {"region": "us-east-1"}}}]}`,
			settings: defaults,
			want:     []string{"aws_s3_bucket.old delete region"},
		},
		{
			name: "regions compare case-insensitively and without spaces; location places an object too; several aliases",
			plan: `{"format_version": "1.2",
			  "configuration": {"provider_config": {
			    "azurerm.main": {"name": "azurerm", "alias": "main", "expressions": {"features": [{}]}}},
			    "root_module": {"resources": [{"address": "azurerm_resource_group.g", "mode": "managed", "type": "azurerm_resource_group", "name": "g", "provider_config_key": "azurerm.main"}]}},
			  "resource_changes": [
			    {"address": "azurerm_resource_group.g", "mode": "managed", "type": "azurerm_resource_group", "name": "g", "change": {"actions": ["create"], "before": null, "after": {"location": "eastus"}}},
			    {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "change": {"actions": ["create"], "before": null, "after": {"region": "US-EAST-1"}}}]}`,
			settings: Settings{PrimaryAliases: []string{"primary", "main"}, PrimaryRegions: []string{"us-east-1", "East US"}},
			want: []string{
				"azurerm_resource_group.g create alias,region",
				"aws_s3_bucket.b create region",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(checkInline(t, tt.plan, tt.settings))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestInlineBadAddress(t *testing.T) {
	p, err := ParsePlan([]byte(`{"format_version": "1.2", "configuration": {"root_module": {}},
	  "resource_changes": [{"address": "aws_s3_bucket.b[", "mode": "managed", "type": "aws_s3_bucket", "name": "b", "change": {"actions": ["create"]}}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Check(p, defaults); err == nil || !strings.Contains(err.Error(), "does not parse") {
		t.Errorf("err = %v, want an address parse error", err)
	}
}
