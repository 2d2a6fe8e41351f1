// Package model is drguard's one model of a root module, built once per TFLint runner: its
// provider configurations and which are primary, its managed and read-only blocks, its own
// state location and the primary's. Rules read the model; none of them talks to the runner
// for facts another rule also needs.
package model

import (
	"fmt"
	"path/filepath"
	"sort"
	"sync"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/region"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// Model is the analysis of one root module and the module tree below it.
type Model struct {
	*Module
	Settings *config.Settings
	// PrimaryRegions are the configured primary_regions, or else the regions of the
	// primary-named configurations.
	PrimaryRegions region.Set
	// Backend is this configuration's own state location; nil without a backend or cloud block.
	Backend *Backend
	// Dir is the root module's directory.
	Dir string

	runner tflint.Runner
	// schema is the content schema every module of the tree is read with.
	schema *hclext.BodySchema
	// sinks are the arguments that select what a managed resource writes to, adjusted by the
	// drguard_writable_remote_state rule's options (sinksErr when those are invalid).
	sinks    SinkTable
	sinksErr error

	allowedOnce sync.Once
	allowed     config.ResourceTypes
	allowedErr  error

	treeOnce sync.Once
	tree     []*Child
}

// buildModel reads the root module through the runner and builds its model.
func buildModel(runner tflint.Runner, settings *config.Settings) (*Model, error) {
	options, sinksErr := config.DecodeWritable(runner)
	sinks := SinkTable{options: options}
	schema := schema(sinks.schemaArguments())
	content, err := runner.GetModuleContent(rootRequest(schema), &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		return nil, err
	}
	wd, err := runner.GetOriginalwd()
	if err != nil {
		return nil, err
	}
	dir := rootDir(wd, content)
	root, err := newModule(content, func(mod *Module) evaluator { return newRootEvaluator(runner, mod, dir, content) })
	if err != nil {
		return nil, err
	}
	m := newModel(root, settings, dir, schema)
	m.runner = runner
	m.sinks, m.sinksErr = sinks, sinksErr
	return m, nil
}

// newModel builds the model of a root module whose content was read with schema, the schema
// its child modules are read with too.
func newModel(root *Module, settings *config.Settings, dir string, schema *hclext.BodySchema) *Model {
	m := &Model{Module: root, Settings: settings, Dir: dir, schema: schema}
	for _, t := range root.terraform {
		for _, b := range t.Body.Blocks {
			if b.Type == "backend" || b.Type == "cloud" {
				m.Backend = m.backend(b)
			}
		}
	}
	m.PrimaryRegions = m.primaryRegions()
	return m
}

// rootDir is the directory of the root module's files (their names are relative to TFLint's
// original working directory).
func rootDir(wd string, content *hclext.BodyContent) string {
	for _, b := range content.Blocks {
		if b.DefRange.Filename != "" {
			return filepath.Join(wd, filepath.Dir(b.DefRange.Filename))
		}
	}
	return wd
}

func (m *Model) primaryRegions() region.Set {
	set := region.Set{}
	if len(m.Settings.PrimaryRegions) > 0 {
		for _, r := range m.Settings.PrimaryRegions {
			set.Add(r)
		}
		return set
	}
	for _, p := range m.Providers {
		if m.PrimaryNamed(p.Alias) {
			for _, r := range p.Regions() {
				set.Add(r)
			}
		}
	}
	return set
}

// PrimaryNamed reports whether an alias is one of primary_aliases.
func (m *Model) PrimaryNamed(alias string) bool {
	if alias == "" {
		return false
	}
	for _, a := range m.Settings.PrimaryAliases {
		if a == alias {
			return true
		}
	}
	return false
}

// Primary tells whether a reference binds to a primary provider configuration of the root
// module, and why, in words for a message: `the primary provider configuration aws.primary
// (us-east-1)`, `the provider configuration aws.east, whose region us-east-1 is primary`.
func (m *Model) Primary(ref ProviderRef) (string, bool) {
	return m.primaryConfig(m.Config(ref.ConfigKey()), ref, ref.String())
}

// primaryConfig judges a reference to a configuration (nil when there is no block for it);
// name is how the message calls it.
func (m *Model) primaryConfig(p *ProviderConfig, ref ProviderRef, name string) (string, bool) {
	named := m.PrimaryNamed(ref.Alias)
	region := ""
	if p != nil {
		region = p.Region
	}
	if p != nil && p.ForEach {
		if r, ok := p.Instances[ref.Key]; ok && ref.HasKey && ref.KeyKnown {
			region = r
		} else if !named {
			return m.primaryInstance(p, name)
		}
	}
	switch {
	case named && region != "":
		return fmt.Sprintf("the primary provider configuration %s (%s)", name, region), true
	case named:
		return fmt.Sprintf("the primary provider configuration %s", name), true
	case region != "" && m.PrimaryRegions.Has(region):
		return fmt.Sprintf("the provider configuration %s, whose region %s is primary", name, region), true
	}
	return "", false
}

// primaryInstance judges a reference to a for_each configuration whose instance is not known:
// it is primary when any instance is.
func (m *Model) primaryInstance(p *ProviderConfig, name string) (string, bool) {
	keys := make([]string, 0, len(p.Instances))
	for k, r := range p.Instances {
		if m.PrimaryRegions.Has(r) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "", false
	}
	sort.Strings(keys)
	return fmt.Sprintf("the provider configuration %s, whose instance %q is in the primary region %s", name, keys[0], p.Instances[keys[0]]), true
}

// UsedDefaultProviders lists, sorted, the provider local names whose default configuration the
// root module uses: blocks without a provider argument, a bare `provider = aws`, a module call
// handing `aws` over, or a child module block that inherits it.
func (m *Model) UsedDefaultProviders() []string {
	used := map[string]bool{}
	for _, b := range m.Blocks {
		if b.Provider == nil || b.Provider.Alias == "" {
			used[b.ProviderKey()] = true
		}
	}
	for _, c := range m.ModuleCalls {
		for _, p := range c.Providers {
			if p.Ref.Alias == "" {
				used[p.Ref.Name] = true
			}
		}
	}
	for _, call := range m.Tree() {
		call.Walk(func(c *Child) {
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if binding, ok := m.Bind(c, b); ok && binding.Ref != nil && binding.Ref.Alias == "" {
					used[binding.Ref.Name] = true
				}
			}
		})
	}
	out := make([]string, 0, len(used))
	for name := range used {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// SinkTable returns the sink table, or the error in the drguard_writable_remote_state rule's
// options.
func (m *Model) SinkTable() (SinkTable, error) {
	return m.sinks, m.sinksErr
}
