package model

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// ProviderRef is a reference to a provider configuration: `aws`, `aws.primary`, or an instance
// of a for_each configuration (OpenTofu): `aws.by_region["us-east-1"]`, `aws.by_region[each.key]`.
type ProviderRef struct {
	Name  string
	Alias string
	// HasKey is set for an instance reference; Key is its key when known (KeyKnown), KeyExpr
	// the key's expression when it is not a literal (each.key), to evaluate per instance.
	HasKey   bool
	Key      string
	KeyKnown bool
	KeyExpr  hcl.Expression
}

// ConfigKey names the configuration the way Terraform's plan JSON does: "aws" or "aws.primary".
func (r ProviderRef) ConfigKey() string {
	if r.Alias == "" {
		return r.Name
	}
	return r.Name + "." + r.Alias
}

// String renders the reference as written: aws.by_region["x"] or aws.by_region[...].
func (r ProviderRef) String() string {
	switch {
	case !r.HasKey:
		return r.ConfigKey()
	case r.KeyKnown:
		return fmt.Sprintf("%s[%q]", r.ConfigKey(), r.Key)
	default:
		return r.ConfigKey() + "[...]"
	}
}

// ParseProviderRef reads a `provider` argument or a `providers` map value. It accepts a bare
// reference, a legacy quoted string, and an instance key (literal or not).
func ParseProviderRef(expr hcl.Expression) (ProviderRef, error) {
	var ref ProviderRef
	var keyExpr hcl.Expression
	trav, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		switch e := expr.(type) {
		case *hclsyntax.IndexExpr:
			trav, diags = hcl.AbsTraversalForExpr(e.Collection)
			keyExpr = e.Key
		case *hclsyntax.TemplateExpr:
			if v, d := e.Value(nil); !d.HasErrors() && v.Type() == cty.String {
				trav, diags = hclsyntax.ParseTraversalAbs([]byte(v.AsString()), expr.Range().Filename, expr.Range().Start)
			}
		}
		if diags.HasErrors() {
			return ref, &configError{Range: expr.Range(), Message: "a provider reference must look like aws or aws.ALIAS"}
		}
	}
	if len(trav) == 0 || len(trav) > 3 {
		return ref, &configError{Range: expr.Range(), Message: "a provider reference must look like aws or aws.ALIAS"}
	}
	ref.Name = trav.RootName()
	for _, step := range trav[1:] {
		switch s := step.(type) {
		case hcl.TraverseAttr:
			if ref.Alias != "" || ref.HasKey {
				return ref, &configError{Range: expr.Range(), Message: "a provider reference must look like aws or aws.ALIAS"}
			}
			ref.Alias = s.Name
		case hcl.TraverseIndex:
			if ref.Alias == "" || ref.HasKey {
				return ref, &configError{Range: expr.Range(), Message: "only an aliased provider configuration takes an instance key"}
			}
			ref.HasKey = true
			ref.Key, ref.KeyKnown = keyString(s.Key)
		default:
			return ref, &configError{Range: expr.Range(), Message: "a provider reference must look like aws or aws.ALIAS"}
		}
	}
	if keyExpr != nil {
		if ref.Alias == "" || ref.HasKey {
			return ref, &configError{Range: expr.Range(), Message: "only an aliased provider configuration takes an instance key"}
		}
		ref.HasKey = true
		ref.KeyExpr = keyExpr
		if len(keyExpr.Variables()) == 0 {
			if v, d := keyExpr.Value(nil); !d.HasErrors() {
				ref.Key, ref.KeyKnown = keyString(v)
			}
		}
	}
	return ref, nil
}

// at resolves the reference's instance key in an instance of the block or call it is written
// in (aws.by_region[each.key] with each.key = "us-east-1").
func (r ProviderRef) at(mod *Module, vars Vars) ProviderRef {
	if r.HasKey && !r.KeyKnown && r.KeyExpr != nil && len(vars) > 0 {
		r.Key, r.KeyKnown = keyString(mod.eval.value(r.KeyExpr, vars))
	}
	return r
}

// configError is an error in a Terraform file that drguard cannot read past, at a range.
type configError struct {
	Range   hcl.Range
	Message string
}

func (e *configError) Error() string {
	return fmt.Sprintf("%s: %s", e.Range, e.Message)
}

func keyString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	if v.Type() == cty.Number {
		return v.AsBigFloat().Text('f', -1), true
	}
	return knownString(v)
}

// impliedProvider is the provider local name Terraform infers from a resource type: the part
// before the first underscore (aws_s3_bucket -> aws).
func impliedProvider(resourceType string) string {
	name, _, _ := strings.Cut(resourceType, "_")
	return name
}

// ProviderConfig is one provider block of a module.
type ProviderConfig struct {
	Name  string
	Alias string
	Block *hclext.Block
	// RegionAttr is the `region` argument, nil when the block has none.
	RegionAttr *hclext.Attribute
	// Region is the known region ("" when not set or not known).
	Region string
	// ForEach marks an OpenTofu for_each configuration; Instances maps each known instance
	// key to its known region.
	ForEach   bool
	Instances map[string]string
}

// Key names the configuration: "aws" or "aws.primary".
func (p *ProviderConfig) Key() string {
	if p.Alias == "" {
		return p.Name
	}
	return p.Name + "." + p.Alias
}

// Regions returns every known region of the configuration (of all its instances).
func (p *ProviderConfig) Regions() []string {
	if !p.ForEach {
		if p.Region == "" {
			return nil
		}
		return []string{p.Region}
	}
	var out []string
	for _, r := range p.Instances {
		out = append(out, r)
	}
	return out
}
