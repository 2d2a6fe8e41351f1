package config

import (
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Scope is the dr_scope block: which part of a combined configuration (primary and DR side in
// one) is the DR side.
type Scope struct {
	// Modules select root module calls by name.
	Modules []ScopeEntry
	// Providers select provider configurations by key (aws.dr, aws.by_region["us-west-2"]).
	Providers []ScopeEntry
	// Files select root module files by name.
	Files []ScopeEntry
	// DefRange is the block's header, for errors about the block as a whole.
	DefRange hcl.Range
}

// ScopeEntry is one glob of a dr_scope list, with where it is written.
type ScopeEntry struct {
	Glob
	// List is the attribute it is written in: modules, providers or files.
	List  string
	Range hcl.Range
}

// Entries lists every entry of the scope, modules first.
func (s *Scope) Entries() []ScopeEntry {
	return append(append(append([]ScopeEntry{}, s.Modules...), s.Providers...), s.Files...)
}

func decodeScope(b *hclext.Block) (*Scope, error) {
	s := &Scope{DefRange: b.DefRange}
	for _, list := range []struct {
		name    string
		into    *[]ScopeEntry
		example string
	}{
		{"modules", &s.Modules, `modules = ["dr", "*_secondary"]`},
		{"providers", &s.Providers, `providers = ["aws.dr"]`},
		{"files", &s.Files, `files = ["dr-*.tf"]`},
	} {
		a := b.Body.Attributes[list.name]
		if a == nil {
			continue
		}
		values, err := names(a, list.example)
		if err != nil {
			return nil, err
		}
		for _, v := range values {
			g, _ := NewGlob(v)
			*list.into = append(*list.into, ScopeEntry{Glob: g, List: list.name, Range: a.Range})
		}
	}
	if len(s.Entries()) == 0 {
		return nil, fmt.Errorf(`%s: dr_scope needs at least one non-empty list: modules (root module call names), providers (provider configurations) or files (root module files), e.g. modules = ["dr"]`, b.DefRange)
	}
	return s, nil
}
