package model

import (
	"path/filepath"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/zclconf/go-cty/cty"
)

const tfvarsVariables = `
variable "region" {
  default = "us-west-2"
}
variable "count_of" {
  type    = number
  default = 1
}
`

// tempDirWith writes files into a new temporary directory and returns it.
func tempDirWith(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	return dir
}

// terraform.tfvars.json takes its place in Terraform's precedence: defaults, TF_VAR_,
// terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json), --var-file, --var. fromTFLint
// is the value TFLint gives, having loaded everything but terraform.tfvars.json; loaded lists
// the var files TFLint was given (the files its GetFile knows besides the module's).
func TestTFVarsJSONPrecedence(t *testing.T) {
	tests := []struct {
		name       string
		files      map[string]string
		loaded     []string
		env        string
		variable   string
		fromTFLint cty.Value
		want       cty.Value
	}{
		{
			name:       "over the default",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "over terraform.tfvars",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "terraform.tfvars": `region = "eu-west-1"`},
			variable:   "region",
			fromTFLint: cty.StringVal("eu-west-1"),
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "over TF_VAR_",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`},
			env:        "eu-west-1",
			variable:   "region",
			fromTFLint: cty.StringVal("eu-west-1"),
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "under an auto file",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "dr.auto.tfvars": `region = "us-west-2"`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "under an auto JSON file",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "z.auto.tfvars.json": `{"region": "us-west-2"}`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "under a var file with another value",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-1"),
			want:       cty.StringVal("us-west-1"),
		},
		{
			name:       "under a var file that repeats the default",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "dr.tfvars": `region = "us-west-2"`},
			loaded:     []string{"dr.tfvars"},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "under a var file below the module's directory",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "envs/dr.tfvars.json": `{"region": "us-west-2"}`},
			loaded:     []string{"envs/dr.tfvars.json"},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "a values file TFLint was not given",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "dr.tfvars": `region = "us-west-2"`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "a var file that sets another variable",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`, "dr.tfvars": `count_of = 2`},
			loaded:     []string{"dr.tfvars"},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "converted to the declared type",
			files:      map[string]string{"terraform.tfvars.json": `{"count_of": 3}`, "terraform.tfvars": `count_of = "1"`},
			variable:   "count_of",
			fromTFLint: cty.NumberIntVal(1),
			want:       cty.NumberIntVal(3),
		},
		{
			name:       "TFLint does not know the value",
			files:      map[string]string{"terraform.tfvars.json": `{"region": "us-east-1"}`},
			variable:   "region",
			fromTFLint: cty.DynamicVal,
			want:       cty.StringVal("us-east-1"),
		},
		{
			name:       "not in the file",
			files:      map[string]string{"terraform.tfvars.json": `{"other": "us-east-1"}`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "a file that does not parse",
			files:      map[string]string{"terraform.tfvars.json": `{"region": `},
			variable:   "region",
			fromTFLint: cty.StringVal("us-west-2"),
			want:       cty.StringVal("us-west-2"),
		},
		{
			name:       "no file",
			files:      map[string]string{"terraform.tfvars": `region = "us-east-1"`},
			variable:   "region",
			fromTFLint: cty.StringVal("us-east-1"),
			want:       cty.StringVal("us-east-1"),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.env != "" {
				t.Setenv("TF_VAR_"+tt.variable, tt.env)
			}
			dir := tempDirWith(t, tt.files)
			runner := &varFileRunner{Runner: helper.TestRunner(t, map[string]string{"main.tf": tfvarsVariables}), loaded: map[string]string{}}
			for _, name := range tt.loaded {
				runner.loaded[name] = tt.files[name]
			}
			got := newTFVarsJSON(dir, ".", runner).apply(tt.variable, tt.fromTFLint)
			if !got.RawEquals(tt.want) {
				t.Errorf("value = %#v, want %#v", got, tt.want)
			}
		})
	}
}

// varFileRunner is a test runner whose GetFile also knows the var files TFLint was given, as
// TFLint v0.64's file cache does.
type varFileRunner struct {
	*helper.Runner
	loaded map[string]string
}

func (r *varFileRunner) GetFile(name string) (*hcl.File, error) {
	if src, ok := r.loaded[filepath.ToSlash(name)]; ok {
		return &hcl.File{Bytes: []byte(src)}, nil
	}
	return r.Runner.GetFile(name)
}

// The root module's evaluator applies terraform.tfvars.json to every use of a variable, in
// locals and provider blocks too.
func TestRootEvaluatorTFVarsJSON(t *testing.T) {
	t.Chdir(tempDirWith(t, map[string]string{"terraform.tfvars.json": `{"dr_region": "us-east-1", "zones": ["us-east-1a", "us-west-2b"]}`}))
	s := config.Default()
	s.PrimaryRegions = []string{"us-east-1"}
	m := build(t, `
variable "dr_region" {
  default = "us-west-2"
}
variable "zones" {
  default = []
}
locals {
  region = var.dr_region
}
provider "aws" {
  region = local.region
}
`, s)
	if got := m.Config("aws").Region; got != "us-east-1" {
		t.Errorf("the default configuration's region = %q, want us-east-1 from terraform.tfvars.json", got)
	}
	expr, _ := hclsyntax.ParseExpression([]byte(`var.zones[0]`), "main.tf", hcl.InitialPos)
	if got := m.eval.value(expr, nil); !got.RawEquals(cty.StringVal("us-east-1a")) {
		t.Errorf("var.zones[0] = %#v", got)
	}
}

// FuzzTFVarsJSON parses fuzzed terraform.tfvars.json, terraform.tfvars, *.auto.tfvars.json and
// var file sources, and places a variable's value by them: whatever the files hold, nothing
// panics, and the value is TFLint's or the terraform.tfvars.json file's. (The files are
// parsed from memory: the directory listing is TestTFVarsJSONPrecedence's.)
func FuzzTFVarsJSON(f *testing.F) {
	f.Add([]byte(`{"region": "us-east-1"}`), []byte(`region = "us-west-2"`), []byte(`{"region": "us-west-2"}`), []byte(`region = "us-west-2"`), "region", "us-west-2")
	f.Add([]byte(`{"region": ["us-east-1"], "count_of": 2}`), []byte(`count_of = "1"`), []byte(`{}`), []byte(`{"region": {"a": 1}}`), "count_of", "1")
	f.Add([]byte(`{"region": "${var.x}"}`), []byte(`region = var.x`), []byte(`[]`), []byte(``), "region", "")
	f.Add([]byte(`{"region": null, "": "x"}`), []byte("region = <<EOT\nus-east-1\nEOT\n"), []byte(`{"region": `), []byte("\x00"), "", "us-east-1")
	f.Fuzz(func(t *testing.T, jsonFile, tfvars, autoJSON, varFile []byte, name, fromTFLint string) {
		names := func(values map[string]cty.Value) map[string]bool {
			out := map[string]bool{}
			for n := range values {
				out[n] = true
			}
			return out
		}
		tv := &tfvarsJSON{
			values:   parseVarsFile(jsonFile, "terraform.tfvars.json"),
			tfvars:   parseVarsFile(tfvars, "terraform.tfvars"),
			auto:     names(parseVarsFile(autoJSON, "z.auto.tfvars.json")),
			defaults: func() map[string]cty.Value { return map[string]cty.Value{"region": cty.StringVal("us-west-2")} },
			varFiles: func() map[string]bool { return names(parseVarsFile(varFile, "dr.tfvars")) },
		}
		given := cty.StringVal(fromTFLint)
		got := tv.apply(name, given)
		file, set := tv.values[name]
		switch {
		case !set && !got.RawEquals(given):
			t.Errorf("%q is not in terraform.tfvars.json, yet its value is %#v, not TFLint's", name, got)
		case set && !got.RawEquals(given) && !got.RawEquals(file):
			t.Errorf("value of %q = %#v: neither TFLint's nor the file's %#v", name, got, file)
		}
	})
}
