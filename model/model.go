// Package model is drguard's one model of a root module, built once per TFLint runner: its
// provider configurations and which are primary, its managed and read-only blocks, its own
// state location and the primary's. Rules read the model; none of them talks to the runner
// for facts another rule also needs.
package model

import (
	"maps"
	"path/filepath"
	"slices"
	"sync"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/loader"
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
	// loader reads the module tree's directories, with the schema of the root's request.
	loader *loader.Cache
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
	schema := schema(sinks)
	content, err := runner.GetModuleContent(rootRequest(schema), &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		return nil, err
	}
	wd, err := runner.GetOriginalwd()
	if err != nil {
		return nil, err
	}
	dir := rootDir(wd, content)
	if err := mergeRootProviderOverrides(runner, dir, content); err != nil {
		return nil, err
	}
	root, err := newModule(content, func(mod *Module) evaluator { return newRootEvaluator(runner, mod, dir, content) })
	if err != nil {
		return nil, err
	}
	m := newModel(root, settings, dir, schema)
	m.runner = runner
	m.sinks, m.sinksErr = sinks, sinksErr
	if err := m.checkScope(); err != nil {
		return nil, err
	}
	return m, nil
}

// newModel builds the model of a root module whose content was read with schema, the schema
// its child modules are read with too.
func newModel(root *Module, settings *config.Settings, dir string, schema *hclext.BodySchema) *Model {
	m := &Model{Module: root, Settings: settings, Dir: dir, loader: loader.NewCache(schema)}
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
	return filepath.Join(wd, filePrefix(content))
}

// filePrefix is the directory of the root module's files as TFLint names them: relative to its
// original working directory ("." when that is the root module's).
func filePrefix(content *hclext.BodyContent) string {
	for _, b := range content.Blocks {
		if b.DefRange.Filename != "" {
			return filepath.Dir(b.DefRange.Filename)
		}
	}
	return "."
}

func (m *Model) primaryRegions() region.Set {
	if len(m.Settings.PrimaryRegions) > 0 {
		return region.NewSet(m.Settings.PrimaryRegions...)
	}
	set := region.Set{}
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
				if binding, ok := m.Bind(c, b, Instance{}); ok && binding.Ref != nil && binding.Ref.Alias == "" {
					used[binding.Ref.Name] = true
				}
			}
		})
	}
	return slices.Sorted(maps.Keys(used))
}

// SinkTable returns the sink table, or the error in the drguard_writable_remote_state rule's
// options.
func (m *Model) SinkTable() (SinkTable, error) {
	return m.sinks, m.sinksErr
}
