package model

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// tfvarsJSON gives the root module's variables the values of terraform.tfvars.json where
// Terraform would. Terraform's precedence, lowest first, is: defaults, TF_VAR_ environment
// variables, terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order,
// then -var-file and -var in command-line order
// (https://developer.hashicorp.com/terraform/language/values/variables#variable-definition-precedence).
// TFLint v0.64 loads all of them but terraform.tfvars.json, so the value TFLint gives wins over
// the file's only when something above the file set it: an *.auto.tfvars file, a var file TFLint
// was given (varFiles), or a -var (TFLint's value then differs from what the sources below the
// file give; a -var that repeats that value exactly cannot be told apart, and the file's value
// is taken).
type tfvarsJSON struct {
	runner tflint.Runner
	dir    string
	// prefix is the root module's directory as TFLint names its files (relative to TFLint's
	// original working directory).
	prefix string
	// values are the file's values; nil when there is no such file.
	values map[string]cty.Value
	// auto are the variables some *.auto.tfvars(.json) file sets.
	auto map[string]bool
	// tfvars are the values of terraform.tfvars.
	tfvars map[string]cty.Value
	// defaults are the root variables' defaults, read from TFLint only when needed.
	defaults func() map[string]cty.Value
	// varFiles are the variables the var files TFLint was given set, found only when needed.
	varFiles func() map[string]bool
}

// newTFVarsJSON reads the values files of the root module in dir, whose files TFLint names
// under prefix.
func newTFVarsJSON(dir, prefix string, runner tflint.Runner) *tfvarsJSON {
	t := &tfvarsJSON{runner: runner, dir: dir, prefix: prefix, values: readVarsFile(filepath.Join(dir, "terraform.tfvars.json"))}
	if t.values == nil {
		return t
	}
	t.auto = map[string]bool{}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && isAutoVarsFile(n) {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		for name := range readVarsFile(filepath.Join(dir, n)) {
			t.auto[name] = true
		}
	}
	t.tfvars = readVarsFile(filepath.Join(dir, "terraform.tfvars"))
	t.defaults = sync.OnceValue(t.readDefaults)
	t.varFiles = sync.OnceValue(t.readVarFiles)
	return t
}

// apply returns the value of variable name, given the one TFLint knows.
func (t *tfvarsJSON) apply(name string, fromTFLint cty.Value) cty.Value {
	file, set := t.values[name]
	if !set || t.auto[name] {
		return fromTFLint
	}
	if !fromTFLint.IsWhollyKnown() {
		return file
	}
	below, ok := t.tfvars[name]
	if !ok {
		below, ok = t.environment(name, fromTFLint.Type())
	}
	if !ok {
		below, ok = t.defaults()[name]
	}
	if ok && sameValue(below, fromTFLint) && !t.varFiles()[name] {
		return file
	}
	return fromTFLint
}

// maxVarFileCandidates bounds the values files readVarFiles asks TFLint about.
const maxVarFileCandidates = 64

// readVarFiles finds the variables set by the var files TFLint was given (--var-file, or
// varfile in .tflint.hcl), which Terraform applies after terraform.tfvars.json. TFLint gives
// plugins no API for them; but TFLint v0.64 keeps every file it parsed, var files included, in
// a cache GetFile falls back on (its plugin/server.go GetFile), named by the path as given,
// joined to the directory TFLint runs in. So a values file that GetFile knows, in the root
// module's directory or a directory right below it (dr.tfvars, envs/dr.tfvars), was given as a
// var file; terraform.tfvars and *.auto.tfvars(.json), which TFLint loads by itself, are left
// out. A var file elsewhere (../dr.tfvars) is not found.
func (t *tfvarsJSON) readVarFiles() map[string]bool {
	out := map[string]bool{}
	var candidates []string
	add := func(rel string, entries []os.DirEntry) {
		for _, e := range entries {
			n := e.Name()
			if e.IsDir() || n == "terraform.tfvars" || isAutoVarsFile(n) || !(strings.HasSuffix(n, ".tfvars") || strings.HasSuffix(n, ".tfvars.json")) {
				continue
			}
			if len(candidates) < maxVarFileCandidates {
				candidates = append(candidates, filepath.Join(rel, n))
			}
		}
	}
	entries, _ := os.ReadDir(t.dir)
	add("", entries)
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			sub, _ := os.ReadDir(filepath.Join(t.dir, e.Name()))
			add(e.Name(), sub)
		}
	}
	for _, rel := range candidates {
		f, _ := t.runner.GetFile(filepath.Join(t.prefix, rel))
		if f == nil {
			continue
		}
		for name := range parseVarsFile(f.Bytes, rel) {
			out[name] = true
		}
	}
	return out
}

// isAutoVarsFile reports whether Terraform loads a values file by itself as *.auto.tfvars.
func isAutoVarsFile(name string) bool {
	return strings.HasSuffix(name, ".auto.tfvars") || strings.HasSuffix(name, ".auto.tfvars.json")
}

// environment is the value of TF_VAR_name, read as Terraform reads it: the raw string for a
// string variable, an HCL expression otherwise.
func (t *tfvarsJSON) environment(name string, ty cty.Type) (cty.Value, bool) {
	raw, ok := os.LookupEnv("TF_VAR_" + name)
	if !ok {
		return cty.NilVal, false
	}
	if ty == cty.String {
		return cty.StringVal(raw), true
	}
	expr, diags := hclsyntax.ParseExpression([]byte(raw), "TF_VAR_"+name, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.StringVal(raw), true
	}
	v, diags := expr.Value(nil)
	if diags.HasErrors() {
		return cty.StringVal(raw), true
	}
	return v, true
}

// readDefaults asks TFLint for the root module's variable blocks: drguard's main request
// leaves them out, and they are needed only to place a terraform.tfvars.json value.
func (t *tfvarsJSON) readDefaults() map[string]cty.Value {
	out := map[string]cty.Value{}
	content, err := t.runner.GetModuleContent(&hclext.BodySchema{Blocks: []hclext.BlockSchema{{
		Type: "variable", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: []hclext.AttributeSchema{{Name: "default"}}},
	}}}, &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		logger.Debug("drguard: cannot read the root module's variables: %s", err)
		return out
	}
	for _, b := range content.Blocks {
		if d := b.Body.Attributes["default"]; d != nil {
			if v, diags := d.Expr.Value(nil); !diags.HasErrors() {
				out[b.Labels[0]] = v
			}
		}
	}
	return out
}

// readVarsFile reads a .tfvars or .tfvars.json file's literal values; nil when it cannot be
// read or parsed (Terraform reports that; drguard judges without it).
func readVarsFile(path string) map[string]cty.Value {
	src, err := loader.ReadFile(path, loader.MaxFileSize)
	if err != nil {
		return nil
	}
	return parseVarsFile(src, path)
}

// parseVarsFile reads the literal values of a values file's source, JSON when its name ends in
// .json; nil when it does not parse.
func parseVarsFile(src []byte, name string) map[string]cty.Value {
	f, diags := loader.Parse(name, src)
	if diags.HasErrors() {
		logger.Debug("drguard: cannot parse %s: %s", name, diags)
		return nil
	}
	attrs, diags := f.Body.JustAttributes()
	if diags.HasErrors() {
		return nil
	}
	out := map[string]cty.Value{}
	for name, a := range attrs {
		if v, diags := a.Expr.Value(nil); !diags.HasErrors() {
			out[name] = v
		}
	}
	return out
}

// sameValue compares two values of a variable, the first converted to the second's type (TFLint
// converts a value to the variable's declared type).
func sameValue(a, b cty.Value) bool {
	a, err := convert.Convert(a, b.Type())
	if err != nil || !a.IsWhollyKnown() {
		return false
	}
	eq := a.Equals(b)
	return eq.IsKnown() && eq.True()
}
