// Package config decodes and validates the `plugin "drguard"` block of .tflint.hcl.
//
// Every error names the attribute and says how to fix it, in one line.
package config

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// Settings is the decoded plugin block.
type Settings struct {
	// PrimaryAliases are the provider aliases that name the primary region (default ["primary"]).
	PrimaryAliases []string
	// PrimaryRegions, when set, are the primary regions, authoritative.
	PrimaryRegions []string
	// DRRegions, when set, are the regions every non-primary provider configuration must target.
	DRRegions []string
	// PrimaryStates are the primary_state blocks.
	PrimaryStates []state.Location
	// BackendConfigFile is the -backend-config file that completes a partial backend block,
	// relative to the linted directory; BackendConfig holds its attributes.
	BackendConfigFile string
	BackendConfig     map[string]cty.Value
	// Scope is dr_scope: the DR side of a configuration that manages both sides; nil when the
	// whole configuration is the DR side.
	Scope *Scope
}

// Default returns the settings of an empty plugin block.
func Default() *Settings {
	return &Settings{PrimaryAliases: []string{"primary"}}
}

// Schema is the schema of the plugin block.
func Schema() *hclext.BodySchema {
	ps := &hclext.BodySchema{}
	for _, name := range state.AllPrimaryStateAttributes() {
		ps.Attributes = append(ps.Attributes, hclext.AttributeSchema{Name: name})
	}
	return &hclext.BodySchema{
		Attributes: []hclext.AttributeSchema{
			{Name: "primary_aliases"},
			{Name: "primary_regions"},
			{Name: "dr_regions"},
			{Name: "backend_config_file"},
		},
		Blocks: []hclext.BlockSchema{
			{Type: "primary_state", Body: ps},
			{Type: "dr_scope", Body: &hclext.BodySchema{Attributes: []hclext.AttributeSchema{{Name: "modules"}, {Name: "providers"}, {Name: "files"}}}},
		},
	}
}

// Decode validates the plugin block's content. dir is the linted Terraform directory, against
// which backend_config_file is resolved.
func Decode(content *hclext.BodyContent, dir string) (*Settings, error) {
	s := Default()
	if content == nil {
		return s, nil
	}
	attrs := content.Attributes
	var err error
	if a := attrs["primary_aliases"]; a != nil {
		if s.PrimaryAliases, err = names(a, `primary_aliases = ["primary"]`); err != nil {
			return nil, err
		}
	}
	if a := attrs["primary_regions"]; a != nil {
		if s.PrimaryRegions, err = names(a, `primary_regions = ["us-east-1"]`); err != nil {
			return nil, err
		}
	}
	if a := attrs["dr_regions"]; a != nil {
		if s.DRRegions, err = names(a, `dr_regions = ["us-west-2"]`); err != nil {
			return nil, err
		}
	}
	if a := attrs["backend_config_file"]; a != nil {
		if s.BackendConfigFile, err = name(a, `backend_config_file = "dr.s3.tfbackend"`); err != nil {
			return nil, err
		}
		if s.BackendConfig, err = readBackendFile(a, dir, s.BackendConfigFile); err != nil {
			return nil, err
		}
	}
	for _, b := range content.Blocks.OfType("primary_state") {
		loc, err := decodePrimaryState(b)
		if err != nil {
			return nil, err
		}
		s.PrimaryStates = append(s.PrimaryStates, loc)
	}
	scopes := content.Blocks.OfType("dr_scope")
	if len(scopes) > 1 {
		return nil, fmt.Errorf("%s: only one dr_scope block is allowed (the first is at %s); merge them", scopes[1].DefRange, scopes[0].DefRange)
	}
	if len(scopes) == 1 {
		if s.Scope, err = decodeScope(scopes[0]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func readBackendFile(a *hclext.Attribute, dir, file string) (map[string]cty.Value, error) {
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, file)
	}
	src, err := loader.ReadFile(path, loader.MaxFileSize)
	if err != nil {
		return nil, fmt.Errorf("%s: backend_config_file %q %s; give a regular file, relative to the linted directory, or remove the attribute", a.Range, file, err.(*loader.FileError).Reason)
	}
	values, err := state.ParseBackendFile(file, src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Range, err)
	}
	return values, nil
}

func decodePrimaryState(b *hclext.Block) (state.Location, error) {
	attrs := b.Body.Attributes
	ba := attrs["backend"]
	if ba == nil {
		return state.Location{}, fmt.Errorf(`%s: primary_state needs backend, e.g. backend = "s3"`, b.DefRange)
	}
	backend, err := name(ba, `backend = "s3"`)
	if err != nil {
		return state.Location{}, err
	}
	if !state.Known(backend) {
		return state.Location{}, fmt.Errorf("%s: primary_state backend %q is not a backend drguard knows; use one of %s", ba.Range, backend, strings.Join(state.Backends(), ", "))
	}
	allowed := state.PrimaryStateAttributes(backend)
	values := map[string]string{}
	for _, n := range slices.Sorted(maps.Keys(attrs)) {
		if n == "backend" {
			continue
		}
		a := attrs[n]
		to, ok := allowed[n]
		if !ok {
			return state.Location{}, fmt.Errorf("%s: primary_state of backend %q does not take %s; it takes %s", a.Range, backend, n, strings.Join(slices.Sorted(maps.Keys(allowed)), ", "))
		}
		v, err := name(a, fmt.Sprintf(`%s = "..."`, n))
		if err != nil {
			return state.Location{}, err
		}
		values[to] = v
	}
	for _, req := range state.RequiredAttributes(backend) {
		if _, ok := values[req]; !ok {
			return state.Location{}, fmt.Errorf(`%s: primary_state of backend %q needs %s to name the primary's state storage`, b.DefRange, backend, req)
		}
	}
	return state.New(backend, values, nil), nil
}

// literal evaluates a plugin attribute; .tflint.hcl allows no variables or functions here.
func literal(a *hclext.Attribute, example string) (cty.Value, error) {
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		return cty.NilVal, fmt.Errorf("%s: %s must be a literal value, e.g. %s", a.Range, a.Name, example)
	}
	return v, nil
}

// name decodes a non-empty string attribute.
func name(a *hclext.Attribute, example string) (string, error) {
	v, err := literal(a, example)
	if err != nil {
		return "", err
	}
	if v.IsNull() || v.Type() != cty.String {
		return "", fmt.Errorf("%s: %s must be a string, e.g. %s", a.Range, a.Name, example)
	}
	if strings.TrimSpace(v.AsString()) == "" {
		return "", fmt.Errorf("%s: %s must not be empty, e.g. %s", a.Range, a.Name, example)
	}
	return v.AsString(), nil
}

// names decodes a list of non-empty, distinct strings.
func names(a *hclext.Attribute, example string) ([]string, error) {
	v, err := literal(a, example)
	if err != nil {
		return nil, err
	}
	ty := v.Type()
	if v.IsNull() || !(ty.IsTupleType() || ty.IsListType() || ty.IsSetType()) {
		return nil, fmt.Errorf("%s: %s must be a list of strings, e.g. %s", a.Range, a.Name, example)
	}
	out := []string{}
	seen := map[string]bool{}
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			return nil, fmt.Errorf("%s: %s must be a list of strings, e.g. %s", a.Range, a.Name, example)
		}
		s := e.AsString()
		if strings.TrimSpace(s) == "" {
			return nil, fmt.Errorf("%s: %s must not contain an empty string, e.g. %s", a.Range, a.Name, example)
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, nil
}
