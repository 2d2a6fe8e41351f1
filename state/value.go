package state

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
)

// FromValues builds the location of a backend from its attribute values, as written in a
// backend block, a -backend-config file or a terraform_remote_state config. A nested
// `workspaces` object (remote, cloud) gives "workspace" and "workspace_prefix". Values that are
// unknown, null or not strings do not count as known.
func FromValues(backend string, values map[string]cty.Value) Location {
	known := map[string]string{}
	var unknown []string
	put := func(name string, v cty.Value) {
		switch s, ok := String(v); {
		case ok:
			known[name] = s
		case !v.IsKnown():
			unknown = append(unknown, name)
		}
	}
	for name, v := range values {
		if name == "workspaces" {
			if v.IsKnown() && !v.IsNull() && (v.Type().IsObjectType() || v.Type().IsMapType()) {
				for inner, to := range map[string]string{"name": "workspace", "prefix": "workspace_prefix"} {
					if field, ok := attr(v, inner); ok {
						put(to, field)
					}
				}
			} else if !v.IsKnown() {
				unknown = append(unknown, "workspace")
			}
			continue
		}
		put(name, v)
	}
	sort.Strings(unknown)
	return New(backend, known, unknown)
}

// ObjectAttributes splits an object or map value into its attributes. Anything else gives nil.
func ObjectAttributes(v cty.Value) map[string]cty.Value {
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() || !(v.Type().IsObjectType() || v.Type().IsMapType()) {
		return nil
	}
	out := map[string]cty.Value{}
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		out[k.AsString()] = e
	}
	return out
}

func attr(v cty.Value, name string) (cty.Value, bool) {
	a, ok := ObjectAttributes(v)[name]
	return a, ok
}

// String returns a known, non-null value converted to a string (numbers and bools as written).
func String(v cty.Value) (string, bool) {
	v, _ = v.UnmarkDeep()
	if !v.IsWhollyKnown() || v.IsNull() {
		return "", false
	}
	s, err := convert.Convert(v, cty.String)
	if err != nil {
		return "", false
	}
	return s.AsString(), true
}

// ParseBackendFile reads a -backend-config file (`*.tfbackend`): HCL attributes at the top
// level, literal values only. The error names the file and the line.
func ParseBackendFile(filename string, src []byte) (map[string]cty.Value, error) {
	file, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fmt.Errorf("backend_config_file %q is not valid HCL: %s", filename, diags.Errs()[0])
	}
	attrs, diags := file.Body.JustAttributes()
	if diags.HasErrors() {
		return nil, fmt.Errorf("backend_config_file %q must hold only attributes (bucket = \"...\"): %s", filename, diags.Errs()[0])
	}
	out := make(map[string]cty.Value, len(attrs))
	for name, a := range attrs {
		v, diags := a.Expr.Value(nil)
		if diags.HasErrors() {
			return nil, fmt.Errorf("backend_config_file %q: %s must be a literal value: %s", filename, name, diags.Errs()[0])
		}
		out[name] = v
	}
	return out, nil
}
