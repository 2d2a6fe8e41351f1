package gate

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// ConfigAddress is a resource's address in the configuration: the module calls leading to
// it, its mode, type and name, with no instance keys. Addresses compare as a whole:
// aws_s3_bucket.logs is not aws_s3_bucket.logs_copy, module.app is not module.app2.
type ConfigAddress struct {
	Modules []string // module call names, outermost first
	Mode    string   // "managed", "data" or "ephemeral"
	Type    string
	Name    string
}

// String renders the address the way Terraform writes it: module.a.module.b.aws_s3_bucket.x,
// module.a.data.aws_region.r.
func (a ConfigAddress) String() string {
	var b strings.Builder
	for _, m := range a.Modules {
		b.WriteString("module.")
		b.WriteString(m)
		b.WriteByte('.')
	}
	switch a.Mode {
	case "data", "ephemeral":
		b.WriteString(a.Mode)
		b.WriteByte('.')
	}
	b.WriteString(a.Type)
	b.WriteByte('.')
	b.WriteString(a.Name)
	return b.String()
}

// ParseInstanceAddress parses an absolute resource instance address as resource_changes
// writes it (module.a["x"].aws_s3_bucket.b[0], data.aws_region.r, ...) with HCL's traversal
// syntax, as Terraform itself does (addrs.ParseAbsResourceInstanceStr,
// https://github.com/hashicorp/terraform/blob/v1.11.4/internal/addrs/parse_target.go), and
// drops the instance keys: quoted keys may hold dots, brackets and escaped quotes, so no
// string prefix or pattern would do.
func ParseInstanceAddress(address string) (ConfigAddress, error) {
	tr, err := parseTraversal(address)
	if err != nil {
		return ConfigAddress{}, err
	}
	a, err := TraversalAddress(tr)
	if err != nil {
		return ConfigAddress{}, fmt.Errorf("address %q %w", address, err)
	}
	return a, nil
}

// TraversalAddress is the resource address a traversal names (an import block's `to`), its
// instance keys dropped; the error says what is wrong with it, after the address.
func TraversalAddress(tr hcl.Traversal) (ConfigAddress, error) {
	names, err := traversalNames(tr)
	if err != nil {
		return ConfigAddress{}, err
	}
	var a ConfigAddress
	for len(names) >= 2 && names[0] == "module" {
		a.Modules = append(a.Modules, names[1])
		names = names[2:]
	}
	a.Mode = "managed"
	if len(names) == 3 && (names[0] == "data" || names[0] == "ephemeral") {
		a.Mode = names[0]
		names = names[1:]
	}
	if len(names) != 2 {
		return ConfigAddress{}, errors.New("is not a resource address")
	}
	a.Type, a.Name = names[0], names[1]
	return a, nil
}

// ParseModuleAddress parses a module address (module.a.module.b, as provider_config's
// module_address writes it; instance keys, should there be any, are dropped).
func ParseModuleAddress(address string) ([]string, error) {
	if address == "" {
		return nil, nil
	}
	tr, err := parseTraversal(address)
	if err != nil {
		return nil, err
	}
	names, err := traversalNames(tr)
	if err != nil {
		return nil, fmt.Errorf("address %q %w", address, err)
	}
	if len(names)%2 != 0 {
		return nil, fmt.Errorf("%q is not a module address", address)
	}
	var out []string
	for i := 0; i < len(names); i += 2 {
		if names[i] != "module" {
			return nil, fmt.Errorf("%q is not a module address", address)
		}
		out = append(out, names[i+1])
	}
	return out, nil
}

// parseTraversal parses an address with HCL's traversal syntax.
func parseTraversal(address string) (hcl.Traversal, error) {
	tr, diags := hclsyntax.ParseTraversalAbs([]byte(address), "", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fmt.Errorf("address %q does not parse: %s", address, diags[0].Summary)
	}
	return tr, nil
}

// traversalNames returns the names of a traversal without the instance keys.
func traversalNames(tr hcl.Traversal) ([]string, error) {
	var names []string
	for i, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		case hcl.TraverseIndex:
			// An instance key belongs to the name before it: never two in a row.
			if i == 0 {
				return nil, errors.New("starts with an instance key")
			}
			if _, ok := tr[i-1].(hcl.TraverseIndex); ok {
				return nil, errors.New("has two instance keys in a row")
			}
		default:
			return nil, errors.New("has a step that is neither a name nor an instance key")
		}
	}
	return names, nil
}
