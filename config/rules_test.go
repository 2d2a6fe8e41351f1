package config

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// ruleBlocks decodes rule options from HCL text holding the body of each rule's block, as
// TFLint's DecodeRuleConfig does: strictly against the options' schema.
type ruleBlocks map[string]string

func (r ruleBlocks) DecodeRuleConfig(name string, ret any) error {
	src, ok := r[name]
	if !ok {
		return nil
	}
	file, diags := hclsyntax.ParseConfig([]byte(src), ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		return diags
	}
	content, diags := hclext.Content(file.Body, hclext.ImpliedBodySchema(ret))
	if diags.HasErrors() {
		return diags
	}
	if diags := hclext.DecodeBody(content, nil, ret); diags.HasErrors() {
		return diags
	}
	return nil
}

func TestDecodeAllowedResourceTypes(t *testing.T) {
	got, err := DecodeAllowedResourceTypes(ruleBlocks{ResourceRule: `allowed_resource_types = ["aws_acm_certificate", "aws_cloudfront_*"]`})
	if err != nil {
		t.Fatal(err)
	}
	for typ, want := range map[string]bool{"aws_acm_certificate": true, "aws_cloudfront_distribution": true, "aws_acm_certificate_validation": false, "aws_s3_bucket": false} {
		if got.Match(typ) != want {
			t.Errorf("Match(%s) = %v", typ, !want)
		}
	}
	if none, err := DecodeAllowedResourceTypes(ruleBlocks{}); err != nil || none.Match("aws_s3_bucket") {
		t.Errorf("no block: %v, %v", none, err)
	}
	for src, want := range map[string]string{
		`allowed_resource_types = "aws_iam_*"`:    `rule "drguard_primary_provider_resource": allowed_resource_types must be a list of resource type patterns`,
		`allowed_resource_types = ["aws_[iam"]`:   `rule "drguard_primary_provider_resource": allowed_resource_types entry "aws_[iam" is not a valid glob pattern`,
		`allowed_resource_types = [""]`:           `allowed_resource_types entry "" is not a valid glob pattern`,
		`allowed_types = ["aws_acm_certificate"]`: `Unsupported argument`,
	} {
		if _, err := DecodeAllowedResourceTypes(ruleBlocks{ResourceRule: src}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %s", src, err, want)
		}
	}
}

func TestDecodeWritable(t *testing.T) {
	got, err := DecodeWritable(ruleBlocks{WritableRule: `
extra_sinks   = ["aws_vpc_peering_connection.accepter_vpc_id", "aws_route.gateway_id"]
ignored_sinks = ["aws_route.route_table_id"]
read_only_role_pattern = "^arn:aws:iam::[0-9]+:role/read-only$"`})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string][]string{"aws_vpc_peering_connection": {"accepter_vpc_id"}, "aws_route": {"gateway_id"}}; !reflect.DeepEqual(got.ExtraSinks, want) {
		t.Errorf("ExtraSinks = %v", got.ExtraSinks)
	}
	if !reflect.DeepEqual(got.IgnoredSinks, map[string]bool{"aws_route.route_table_id": true}) {
		t.Errorf("IgnoredSinks = %v", got.IgnoredSinks)
	}
	if got.ReadOnlyRole == nil || !got.ReadOnlyRole.MatchString("arn:aws:iam::123:role/read-only") {
		t.Errorf("ReadOnlyRole = %v", got.ReadOnlyRole)
	}
	for src, want := range map[string]string{
		`extra_sinks = ["route_table_id"]`:  `rule "drguard_writable_remote_state": extra_sinks entry "route_table_id" must be "TYPE.ARGUMENT", e.g. "aws_route.route_table_id"`,
		`ignored_sinks = ["aws_route."]`:    `rule "drguard_writable_remote_state": ignored_sinks entry "aws_route." must be "TYPE.ARGUMENT"`,
		`read_only_role_pattern = "role/("`: `rule "drguard_writable_remote_state": read_only_role_pattern "role/(" is not a valid Go regular expression`,
		`extra_sinks = "aws_route.x"`:       `rule "drguard_writable_remote_state": extra_sinks and ignored_sinks must be lists`,
	} {
		opts, err := DecodeWritable(ruleBlocks{WritableRule: src})
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: err = %v\nwant %s", src, err, want)
		}
		if len(opts.ExtraSinks) != 0 || len(opts.IgnoredSinks) != 0 || opts.ReadOnlyRole != nil {
			t.Errorf("%s: options %+v returned with the error, want none", src, opts)
		}
	}
}

func TestDecodeModule(t *testing.T) {
	got, err := DecodeModule(ruleBlocks{ModuleRule: `
trusted_modules      = ["vpc", "terraform-aws-modules/*", "git::https://example.com/x.git?ref=v1"]
unverifiable_modules = "all"`})
	if err != nil {
		t.Fatal(err)
	}
	if got.Unverifiable != UnverifiableAll {
		t.Errorf("Unverifiable = %q", got.Unverifiable)
	}
	for _, c := range []struct {
		name, source string
		want         bool
	}{
		{"vpc", "", true},
		{"vpc_dr", "", false},
		{"net", "terraform-aws-modules/vpc/aws", true},
		{"net", "terraform-aws-modules", false},
		{"net", "git::https://example.com/x.git?ref=v1", true},
		{"net", "git::https://example.com/x.git?ref=v2", false},
		{"net", "", false},
	} {
		if got.Trusts(c.name, c.source) != c.want {
			t.Errorf("Trusts(%q, %q) = %v", c.name, c.source, !c.want)
		}
	}
	if def, err := DecodeModule(ruleBlocks{}); err != nil || def.Unverifiable != UnverifiablePrimary || def.Trusts("vpc", "x") {
		t.Errorf("defaults = %+v, %v", def, err)
	}
	for src, want := range map[string]string{
		`unverifiable_modules = "some"`: `rule "drguard_primary_provider_module": unverifiable_modules "some" must be "primary"`,
		`trusted_modules = [""]`:        `rule "drguard_primary_provider_module": trusted_modules entry "" must not be empty`,
		`trusted_modules = "vpc"`:       `rule "drguard_primary_provider_module": trusted_modules must be a list of module call names or sources (globs)`,
	} {
		if _, err := DecodeModule(ruleBlocks{ModuleRule: src}); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: err = %v\nwant %s", src, err, want)
		}
	}
}

func TestGlob(t *testing.T) {
	for _, c := range []struct {
		pattern, s string
		want       bool
	}{
		{"dr", "dr", true},
		{"dr", "dr2", false},
		{"*_secondary", "db_secondary", true},
		{"*_secondary", "db_secondary_x", false},
		{"aws.*", "aws.dr", true},
		{"aws.*", "aws", false},
		{`aws.by_region["us-west-2"]`, `aws.by_region["us-west-2"]`, true},
		{`aws.by_region[*]`, `aws.by_region["eu"]`, true},
		{"a?c", "abc", false},
		{"a.c", "abc", false},
		{"*", "", true},
		{"terraform-aws-modules/*", "terraform-aws-modules/vpc/aws", true},
	} {
		g, err := NewGlob(c.pattern)
		if err != nil {
			t.Fatal(err)
		}
		if g.Match(c.s) != c.want {
			t.Errorf("%q.Match(%q) = %v", c.pattern, c.s, !c.want)
		}
	}
	if _, err := NewGlob(" "); err == nil {
		t.Error("a blank glob must be refused")
	}
}
