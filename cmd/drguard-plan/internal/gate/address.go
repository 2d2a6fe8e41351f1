package gate

import (
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
	names, err := traversalNames(address)
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
		return ConfigAddress{}, fmt.Errorf("%q is not a resource address", address)
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
	names, err := traversalNames(address)
	if err != nil {
		return nil, err
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

// traversalNames parses an address with HCL's traversal syntax and returns its names
// without the instance keys.
func traversalNames(address string) ([]string, error) {
	tr, diags := hclsyntax.ParseTraversalAbs([]byte(address), "", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, fmt.Errorf("address %q does not parse: %s", address, diags[0].Summary)
	}
	var names []string
	for i, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		case hcl.TraverseIndex:
			// An instance key belongs to the name before it: never two in a row.
			if _, ok := tr[i-1].(hcl.TraverseIndex); ok {
				return nil, fmt.Errorf("address %q has two instance keys in a row", address)
			}
		default:
			return nil, fmt.Errorf("address %q has a step that is neither a name nor an instance key", address)
		}
	}
	return names, nil
}
