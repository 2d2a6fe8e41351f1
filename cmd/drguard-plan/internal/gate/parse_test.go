package gate

import (
	"errors"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// goTypeNames are the marks of an error message that leaks Go's view of the input.
var goTypeNames = []string{"Go value", "Go struct", "gate.", "hcl.", "json:", "[]gate", "[]string", "map[string]", "RawMessage", "interface {}"}

// quoted matches a Go-quoted string: input quoted in a message, which may hold anything.
var quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// speaksGo returns the mark of Go's view in an error message, outside quoted input.
func speaksGo(msg string) string {
	msg = quoted.ReplaceAllString(msg, `""`)
	for _, mark := range goTypeNames {
		if strings.Contains(msg, mark) {
			return mark
		}
	}
	return ""
}

func TestParsePlanErrors(t *testing.T) {
	const cfg = `"configuration":{"root_module":{}}`
	tests := []struct {
		name, input, want string
	}{
		{"empty", "", "the input is empty"},
		{"blank", "  \n", "the input is empty"},
		{"a byte order mark only", "\xef\xbb\xbf\n", "the input is empty"},
		{"bad JSON", `{"format_version": "1.2",`, "the input is not valid JSON (unexpected end of JSON input, line 1)"},
		{"bad JSON line", "{\n\n  \"a\": tru\n}", "line 3"},
		{"an array", `[1, 2]`, "the plan is a JSON array, not an object"},
		{"a string", `"plan"`, "the plan is a JSON string, not an object"},
		{"a number", `12`, "the plan is a JSON number, not an object"},
		{"null", `null`, "the plan is JSON null, not an object"},
		{"two values", `{"format_version":"1.2",` + cfg + `,"resource_changes":[]} {}`, "more than one JSON value"},
		{"two arrays", `[] []`, "more than one JSON value"},
		{"no format_version", `{` + cfg + `,"resource_changes":[]}`, "no format_version"},
		{"format_version not a string", `{"format_version":1.2,` + cfg + `,"resource_changes":[]}`, "format_version is not a string"},
		{"format_version null", `{"format_version":null,` + cfg + `,"resource_changes":[]}`, "format_version is not a string"},
		{"state, not a plan", `{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{}}}`, "not a plan"},
		{"provider schemas, not a plan", `{"format_version":"1.0","provider_schemas":{}}`, "not a plan"},
		{"configuration without changes", `{"format_version":"1.2",` + cfg + `}`, "not a plan"},
		{"format 2", `{"format_version":"2.0",` + cfg + `,"resource_changes":[]}`, `unsupported plan format_version "2.0"`},
		{"format 0.1", `{"format_version":"0.1",` + cfg + `,"resource_changes":[]}`, `unsupported plan format_version "0.1"`},
		{"format 2 of the wrong shape", `{"format_version":"2.0","configuration":[],"resource_changes":[]}`, `unsupported plan format_version "2.0"`},
		{"no configuration", `{"format_version":"1.2","resource_changes":[]}`, "the plan has no configuration (configuration.root_module is missing), so it cannot be checked"},
		{"configuration null", `{"format_version":"1.2","configuration":null,"resource_changes":[]}`, "the plan has no configuration"},
		{"configuration {}", `{"format_version":"1.2","configuration":{},"planned_values":{}}`, "the plan has no configuration"},
		{"root_module null", `{"format_version":"1.2","configuration":{"root_module":null},"resource_changes":[]}`, "the plan has no configuration"},
		{"configuration of the wrong kind", `{"format_version":"1.2","configuration":[],"resource_changes":[]}`, "the input is not a well-formed Terraform plan (configuration is a JSON array, want an object)"},
		{"resource_changes of the wrong kind", `{"format_version":"1.2",` + cfg + `,"resource_changes":{"a":1}}`, "the input is not a well-formed Terraform plan (resource_changes is a JSON object, want an array)"},
		{"a nested field of the wrong kind", `{"format_version":"1.2","configuration":{"root_module":{"resources":[{"address":7}]}},"resource_changes":[]}`, "(configuration.root_module.resources.address is a JSON number, want a string)"},
		{"actions of the wrong kind", `{"format_version":"1.2",` + cfg + `,"resource_changes":[{"change":{"actions":"create"}}]}`, "(resource_changes.change.actions is a JSON string, want an array)"},
		{"module calls of the wrong kind", `{"format_version":"1.2","configuration":{"root_module":{"module_calls":[true]}},"resource_changes":[]}`, "(configuration.root_module.module_calls is a JSON array, want an object)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePlan([]byte(tt.input))
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if mark := speaksGo(err.Error()); mark != "" {
				t.Errorf("error %q speaks Go (%q)", err, mark)
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
		`{"format_version":"1.0","configuration":{"root_module":{}},"resource_changes":[]}`,
		"\xef\xbb\xbf" + `{"format_version":"1.1","configuration":{"root_module":{}},"resource_changes":[]}`,
	} {
		if _, err := ParsePlan([]byte(input)); err != nil {
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
