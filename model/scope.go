package model

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/loader"
)

// The DR side of a scoped configuration (dr_scope, SPEC §2a): every root module call whose
// name matches `modules`, with its subtree; every root block in a file matching `files`; every
// root resource or import whose provider argument names a configuration matching `providers`,
// per instance; and every root module call whose providers map hands such a configuration
// over as a default (unaliased) one. Everything else is the primary side. Without dr_scope,
// everything is the DR side.

// Scoped reports whether the configuration has a dr_scope.
func (m *Model) Scoped() bool {
	return m.Settings.Scope != nil
}

// DRBlock reports whether an instance of a root module block is on the DR side.
func (m *Model) DRBlock(b *Block, inst Instance) bool {
	s := m.Settings.Scope
	if s == nil || matchFile(s.Files, b.DefRange.Filename) {
		return true
	}
	if !b.Managed() || b.Provider == nil {
		return false
	}
	return matchConfig(s.Providers, b.Provider.at(m.Module, inst.Vars))
}

// DRChild reports whether a module instance is on the DR side: its root module call is.
func (m *Model) DRChild(c *Child) bool {
	s := m.Settings.Scope
	if s == nil {
		return true
	}
	root := c.Root()
	if matchFile(s.Files, root.Call.Block.DefRange.Filename) {
		return true
	}
	for _, e := range s.Modules {
		if e.Match(root.Call.Name) {
			return true
		}
	}
	for _, pass := range root.Call.Providers {
		if !strings.Contains(pass.ChildKey, ".") && matchConfig(s.Providers, pass.Ref.at(m.Module, root.Instance.Vars)) {
			return true
		}
	}
	return false
}

// PrimarySide reports whether a block of a module (c nil: the root module) is on the primary
// side of a scoped configuration: no instance of it is on the DR side.
func (m *Model) PrimarySide(c *Child, b *Block) bool {
	if !m.Scoped() {
		return false
	}
	if c != nil {
		return !m.DRChild(c)
	}
	insts, _ := m.Instances(b)
	for _, inst := range insts {
		if m.DRBlock(b, inst) {
			return false
		}
	}
	return true
}

// PrimaryObject tells whether a resource or data source of a module is a primary object: bound
// to or read through a primary provider configuration, or placed in a primary region by its own
// region or location. A block known to have no instance is no object.
func (m *Model) PrimaryObject(c *Child, b *Block) (Primary, bool) {
	mod := m.moduleOf(c)
	insts, _ := mod.Instances(b)
	for _, inst := range insts {
		if _, p, ok := m.blockPrimary(c, b, inst, true); ok {
			return p, true
		}
		if own, arg := m.ownPlacement(c, b, inst); own != "" && m.PrimaryRegions.Has(own) {
			return Primary{Region: m.PrimaryRegions.Written(own), Own: arg}, true
		}
	}
	return Primary{}, false
}

// matchFile reports whether a root module file's name matches one of the entries.
func matchFile(entries []config.ScopeEntry, file string) bool {
	name := filepath.Base(file)
	for _, e := range entries {
		if e.Match(name) {
			return true
		}
	}
	return false
}

// matchConfig reports whether a reference to a configuration matches one of the entries: by
// its key (aws.dr, which covers every instance), or with its instance key when known
// (aws.by_region["us-west-2"]).
func matchConfig(entries []config.ScopeEntry, ref ProviderRef) bool {
	for _, e := range entries {
		if e.Match(ref.ConfigKey()) || (ref.HasKey && ref.KeyKnown && e.Match(ref.String())) {
			return true
		}
	}
	return false
}

// DRUses returns the keys of the root module's provider configurations the DR side uses: bound
// by its blocks, handed to its module calls, or reached by their resources and data sources.
// Without dr_scope, nil: every configuration counts.
func (m *Model) DRUses() map[string]bool {
	if !m.Scoped() {
		return nil
	}
	out := map[string]bool{}
	for _, b := range m.Blocks {
		insts, _ := m.Instances(b)
		if len(insts) == 0 {
			insts = []Instance{{}}
		}
		for _, inst := range insts {
			if m.DRBlock(b, inst) || (b.Kind == "data" && matchFile(m.Settings.Scope.Files, b.DefRange.Filename)) {
				out[b.ProviderKey()] = true
			}
		}
	}
	for _, call := range m.RootCalls() {
		call.Walk(func(c *Child) {
			if !m.DRChild(c) {
				return
			}
			if c.Parent == nil {
				for _, pass := range c.Call.Providers {
					out[pass.Ref.ConfigKey()] = true
				}
			}
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if binding, ok := m.Bind(c, b, Instance{}); ok && binding.Ref != nil {
					out[binding.Ref.ConfigKey()] = true
				}
			}
		})
	}
	return out
}

// checkScope returns a configuration error for a dr_scope that cannot be applied: an entry
// that selects nothing (a typo must not silently turn the checks off), or no primary region to
// judge by.
func (m *Model) checkScope() error {
	s := m.Settings.Scope
	if s == nil {
		return nil
	}
	if len(m.PrimaryRegions) == 0 {
		for _, p := range m.Providers {
			if m.PrimaryNamed(p.Alias) && p.RegionAttr != nil {
				if missing := m.MissingVariables(p.RegionAttr.Expr); len(missing) > 0 {
					return fmt.Errorf("%s: dr_scope needs a primary region to judge the DR side by, and %s takes its region from %s, which has no default and no value here: give it a value (tflint --var-file=FILE, or varfile in the config block of .tflint.hcl), or set primary_regions", s.DefRange, p.Key(), strings.Join(missing, " and "))
				}
			}
		}
		return fmt.Errorf("%s: dr_scope needs a primary region to judge the DR side by: set primary_regions, or give the primary-named provider configuration (alias %q) a known region", s.DefRange, PrimaryAlias(m.Settings))
	}
	files := m.rootFiles()
	keys := m.configKeys()
	for _, e := range s.Entries() {
		var candidates []string
		switch e.List {
		case "modules":
			for _, c := range m.ModuleCalls {
				candidates = append(candidates, c.Name)
			}
		case "files":
			candidates = files
		case "providers":
			candidates = keys
		}
		matched := false
		for _, c := range candidates {
			matched = matched || e.Match(c)
		}
		if !matched {
			return fmt.Errorf("%s: dr_scope %s entry %q selects nothing: %s; fix the entry or remove it, so that a typo does not turn the checks off", e.Range, e.List, e.String(), nothingSelected(e.List, candidates))
		}
	}
	return nil
}

func nothingSelected(list string, candidates []string) string {
	what := map[string]string{"modules": "no module call of the root module has that name", "files": "no file of the root module has that name", "providers": "no provider configuration of the root module has that key"}[list]
	if len(candidates) == 0 {
		return what + " (there are none)"
	}
	if len(candidates) > 10 {
		candidates = append(candidates[:10:10], "...")
	}
	return fmt.Sprintf("%s (there are: %s)", what, strings.Join(candidates, ", "))
}

// rootFiles lists the root module's configuration files, sorted.
func (m *Model) rootFiles() []string {
	files, _ := loader.ReadModuleDir(m.Dir)
	var out []string
	for _, f := range append(files.Primary, files.Override...) {
		out = append(out, filepath.Base(f))
	}
	sort.Strings(out)
	return out
}

// configKeys lists the root module's provider configuration keys, declared or implied by use,
// with the known instance keys of for_each configurations, sorted.
func (m *Model) configKeys() []string {
	set := map[string]bool{}
	for _, p := range m.Providers {
		set[p.Key()] = true
		for k := range p.Instances {
			set[ProviderRef{Name: p.Name, Alias: p.Alias, HasKey: true, Key: k, KeyKnown: true}.String()] = true
		}
	}
	for _, b := range m.Blocks {
		set[b.ProviderKey()] = true
	}
	for _, c := range m.ModuleCalls {
		for _, pass := range c.Providers {
			set[pass.Ref.ConfigKey()] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// PrimaryAlias is the first of primary_aliases, as messages suggest it.
func PrimaryAlias(s *config.Settings) string {
	if len(s.PrimaryAliases) > 0 {
		return s.PrimaryAliases[0]
	}
	return "primary"
}

// ScopeSelects lists the references to a provider configuration of the root module that
// dr_scope's providers select: the configuration itself, or some of its instances.
func (m *Model) ScopeSelects(p *ProviderConfig) []ProviderRef {
	if !m.Scoped() {
		return nil
	}
	ref := ProviderRef{Name: p.Name, Alias: p.Alias}
	if matchConfig(m.Settings.Scope.Providers, ref) {
		return []ProviderRef{ref}
	}
	var out []ProviderRef
	for _, k := range slices.Sorted(maps.Keys(p.Instances)) {
		inst := ProviderRef{Name: p.Name, Alias: p.Alias, HasKey: true, Key: k, KeyKnown: true}
		if matchConfig(m.Settings.Scope.Providers, inst) {
			out = append(out, inst)
		}
	}
	return out
}
