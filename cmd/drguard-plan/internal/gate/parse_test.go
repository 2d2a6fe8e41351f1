package gate

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParsePlanErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"empty", "  \n", "the input is empty"},
		{"bad JSON", `{"format_version": "1.2",`, "not valid JSON"},
		{"bad JSON line", "{\n\n  \"a\": tru\n}", "line 3"},
		{"not an object", `[1, 2]`, "not valid JSON"},
		{"null", `null`, "not a JSON object"},
		{"two values", `{"format_version":"1.2","configuration":{},"resource_changes":[]} {}`, "more than one JSON value"},
		{"no format_version", `{"configuration":{},"resource_changes":[]}`, "no format_version"},
		{"format_version not a string", `{"format_version":1.2,"configuration":{},"resource_changes":[]}`, "not a string"},
		{"state, not a plan", `{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{}}}`, "not a plan"},
		{"provider schemas, not a plan", `{"format_version":"1.0","provider_schemas":{}}`, "not a plan"},
		{"configuration without changes", `{"format_version":"1.2","configuration":{}}`, "not a plan"},
		{"format 2", `{"format_version":"2.0","configuration":{},"resource_changes":[]}`, `unsupported plan format_version "2.0"`},
		{"format 0.1", `{"format_version":"0.1","configuration":{},"resource_changes":[]}`, `unsupported plan format_version "0.1"`},
		{"wrong shape", `{"format_version":"1.2","configuration":{},"resource_changes":{"a":1}}`, "not a well-formed Terraform plan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlan(strings.NewReader(tt.input))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if !errors.Is(err, ErrInput) {
				t.Errorf("error %q is not an input error", err)
			}
		})
	}
}

func TestParsePlanAccepts(t *testing.T) {
	for _, input := range []string{
		// A plan of a configuration with no resources has no resource_changes.
		`{"format_version":"1.2","planned_values":{"outputs":{}},"configuration":{"root_module":{}}}`,
		`{"format_version":"1.0","configuration":{},"resource_changes":[]}`,
		"\xef\xbb\xbf" + `{"format_version":"1.1","configuration":{},"resource_changes":[]}`,
	} {
		if _, err := ParsePlan(strings.NewReader(input)); err != nil {
			t.Errorf("%s: %v", input, err)
		}
	}
}

func TestParseInstanceAddress(t *testing.T) {
	tests := []struct {
		in   string
		want string
		mods []string
	}{
		{`aws_s3_bucket.logs`, `aws_s3_bucket.logs`, nil},
		{`aws_s3_bucket.logs_copy`, `aws_s3_bucket.logs_copy`, nil},
		{`aws_s3_bucket.b[0]`, `aws_s3_bucket.b`, nil},
		{`data.aws_region.r`, `data.aws_region.r`, nil},
		{`module.a["x"].aws_s3_bucket.b[0]`, `module.a.aws_s3_bucket.b`, []string{"a"}},
		{`module.a[3].module.b["k"].data.aws_region.r["y"]`, `module.a.module.b.data.aws_region.r`, []string{"a", "b"}},
		{`module.shard["a.b"].aws_s3_bucket.app`, `module.shard.aws_s3_bucket.app`, []string{"shard"}},
		{`module.shard["c]d\"e"].module.inner.aws_sqs_queue.inner`, `module.shard.module.inner.aws_sqs_queue.inner`, []string{"shard", "inner"}},
		{`module.m["].aws_x.y[\"]"].aws_s3_bucket.z`, `module.m.aws_s3_bucket.z`, []string{"m"}},
		{`module.data.aws_s3_bucket.module`, `module.data.aws_s3_bucket.module`, []string{"data"}},
	}
	for _, tt := range tests {
		a, err := ParseInstanceAddress(tt.in)
		if err != nil {
			t.Errorf("%s: %v", tt.in, err)
			continue
		}
		if a.String() != tt.want || !reflect.DeepEqual(a.Modules, tt.mods) {
			t.Errorf("%s: got %s %q, want %s %q", tt.in, a, a.Modules, tt.want, tt.mods)
		}
	}
	for _, bad := range []string{``, `aws_s3_bucket`, `module.a`, `module.a.b.c.d`, `aws_s3_bucket.b[0][1]`, `aws_s3_bucket.b[`, `"x".y`} {
		if a, err := ParseInstanceAddress(bad); err == nil {
			t.Errorf("%q parsed as %s", bad, a)
		}
	}
}

func TestParseModuleAddress(t *testing.T) {
	for in, want := range map[string][]string{
		"":                  nil,
		"module.a":          {"a"},
		"module.a.module.b": {"a", "b"},
	} {
		got, err := ParseModuleAddress(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: got %q, %v; want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{"module", "a.b", "module.a.b"} {
		if got, err := ParseModuleAddress(bad); err == nil {
			t.Errorf("%q parsed as %q", bad, got)
		}
	}
}
