package model

import (
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// maxModuleInstances bounds the distinct module instances drguard reads below one root module:
// a tree larger than that is reported, never followed to its end.
const maxModuleInstances = 5000

// Child is one instance of a module call below the root module, resolved from disk: TFLint
// has no API for which provider configuration a child module's resource ends up with, so
// drguard reads the module tree itself, under every call_module_type.
type Child struct {
	Call *ModuleCall
	// Parent is the calling child; nil for a call in the root module.
	Parent *Child
	// Address is module.net.module.subnets, with the instance key of an expanded call
	// (module.stack["dr"]).
	Address string
	// Instance is the call's instance: its key and each or count, when the call's arguments
	// or providers depend on them (one instance stands for all otherwise).
	Instance Instance
	// Absent marks a call known to have no instance (count = 0, an empty for_each): it is
	// judged by the configurations it would hand over, not by its resources' values.
	Absent bool
	Source string
	// Dir is the module's directory, relative to the root module.
	Dir string
	// Module is the analysed module; nil when it cannot be inspected (Problem says why).
	Module   *Module
	Problem  *ModuleProblem
	Children []*Child

	env map[string]Binding
	// proxies are the keys of the module's provider blocks that are empty but for alias: a
	// configuration its call passes under such a key replaces the block (Terraform drops such
	// a block with the warning "Redundant empty provider block").
	proxies map[string]bool
}

// ProblemKind says why a module cannot be inspected.
type ProblemKind int

// The reasons a module cannot be inspected.
const (
	// SourceUnknown: its source is not a known string.
	SourceUnknown ProblemKind = iota
	// NotInstalled: a remote source not installed under the data directory's modules.
	NotInstalled
	// ManifestUnreadable: modules.json cannot be read (Reason).
	ManifestUnreadable
	// DirMissing: its directory does not exist.
	DirMissing
	// DirUnreadable: its directory or a file in it cannot be read (Reason; File when a file).
	DirUnreadable
	// FileInvalid: a file does not parse (File, Line, Column, Reason).
	FileInvalid
	// Cycle: the module calls a directory it is itself called from (Dir).
	Cycle
	// TooLarge: the tree has more than maxModuleInstances module instances (Limit).
	TooLarge
)

// ModuleProblem says why a module cannot be inspected, as facts for a message. Paths are
// relative to the root module.
type ModuleProblem struct {
	Kind         ProblemKind
	Source       string
	Dir          string
	File         string
	Line, Column int
	Reason       string
	Limit        int
}

// Root returns the root module's call this child sits under.
func (c *Child) Root() *Child {
	for c.Parent != nil {
		c = c.Parent
	}
	return c
}

// Walk visits the child and every distinct module instance below it, depth first: a module
// instance that several calls of one module share (same directory, same arguments, same
// configurations) is visited once.
func (c *Child) Walk(visit func(*Child)) {
	c.walk(visit, map[*Child]bool{})
}

func (c *Child) walk(visit func(*Child), seen map[*Child]bool) {
	if seen[c] {
		return
	}
	seen[c] = true
	visit(c)
	for _, cc := range c.Children {
		cc.walk(visit, seen)
	}
}

// Tree returns the module calls of the root module, each resolved to any depth. It is built
// once per model, on first use.
func (m *Model) Tree() []*Child {
	m.treeOnce.Do(func() {
		installed, err := loader.ReadManifest(m.Dir)
		r := &resolver{model: m, installed: installed, manifestErr: err, shared: map[string]*Child{}}
		m.tree = r.children(nil, m.Module, nil, m.Dir, nil)
	})
	return m.tree
}

// resolver builds the tree.
type resolver struct {
	model     *Model
	installed loader.Manifest
	// manifestErr says why modules.json cannot be read.
	manifestErr error
	// shared indexes the module instances read, by what makes them distinct.
	shared map[string]*Child
	count  int
}

// children resolves the calls of a module (parent nil: the root module; caller its loaded
// files, nil for the root module) written in dir. ancestors are the real directories of the
// modules on the path from the root.
func (r *resolver) children(parent *Child, mod *Module, caller *loader.Module, dir string, ancestors []string) []*Child {
	var out []*Child
	for _, call := range mod.ModuleCalls {
		insts, known := mod.callInstances(call, nil)
		absent := known && len(insts) == 0
		if absent || !dependsOnInstance(call) {
			insts = []Instance{{}}
		}
		for _, inst := range insts {
			c := r.child(parent, call, inst, absent)
			key := r.key(c, caller)
			if same, ok := r.shared[key]; ok && parent != nil {
				out = append(out, same)
				continue
			}
			r.shared[key] = c
			out = append(out, c)
			r.inspect(c, mod, dir, ancestors)
		}
	}
	return out
}

// dependsOnInstance reports whether a call's arguments or providers depend on each or count:
// only then do its instances differ.
func dependsOnInstance(call *ModuleCall) bool {
	for name, a := range call.Block.Body.Attributes {
		if name == "for_each" || name == "count" {
			continue
		}
		for _, t := range a.Expr.Variables() {
			if t.RootName() == "each" || t.RootName() == "count" {
				return true
			}
		}
	}
	return false
}

// key identifies a module instance by what decides its analysis: its caller instance, its
// source and arguments as written, its instance and the configurations it receives. Calls of
// one module that agree on all of it (a diamond) share one instance.
func (r *resolver) key(c *Child, caller *loader.Module) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%p|%s", c.Parent, c.Instance)
	if c.Parent == nil {
		fmt.Fprintf(&b, "|%p", c.Call)
	}
	for _, name := range slices.Sorted(maps.Keys(c.Call.Block.Body.Attributes)) {
		if name != "providers" {
			fmt.Fprintf(&b, "|%s=%s", name, sourceText(caller, c.Call.Block.Body.Attributes[name]))
		}
	}
	for _, k := range slices.Sorted(maps.Keys(c.env)) {
		e := c.env[k]
		if e.Ref != nil {
			fmt.Fprintf(&b, "|%s>%s/%p", k, e.Ref, e.Via)
		} else {
			fmt.Fprintf(&b, "|%s>%p/%s", k, e.Owned, e.OwnedRef)
		}
	}
	return b.String()
}

// sourceText is an argument's expression as written in a loaded module; its range when the
// text is not at hand.
func sourceText(m *loader.Module, a *hclext.Attribute) string {
	if m != nil {
		if src, ok := m.Sources[a.Expr.Range().Filename]; ok {
			rng := a.Expr.Range()
			if rng.Start.Byte >= 0 && rng.End.Byte <= len(src) && rng.Start.Byte <= rng.End.Byte {
				return string(src[rng.Start.Byte:rng.End.Byte])
			}
		}
	}
	return a.Expr.Range().String()
}

// child makes one instance of a module call, with the provider configurations it receives.
func (r *resolver) child(parent *Child, call *ModuleCall, inst Instance, absent bool) *Child {
	c := &Child{Call: call, Parent: parent, Address: "module." + call.Name + inst.String(), Instance: inst, Absent: absent, env: map[string]Binding{}}
	if parent != nil {
		c.Address = parent.Address + "." + c.Address
		c.Absent = c.Absent || parent.Absent
	}
	caller := r.model.moduleOf(parent)
	for i := range call.Providers {
		pass := &call.Providers[i]
		binding, ok := r.model.lookup(parent, pass.Ref.ConfigKey())
		if !ok {
			continue
		}
		if pass.Ref.HasKey {
			binding = binding.withKey(pass.Ref.at(caller, inst.Vars))
		}
		if parent == nil {
			binding.Via = pass
		}
		c.env[pass.ChildKey] = binding
	}
	return c
}

// inspect resolves a call's source, reads the module and recurses.
func (r *resolver) inspect(c *Child, caller *Module, callerDir string, ancestors []string) {
	src, ok := knownString(caller.eval.value(c.Call.Source(), nil))
	if !ok {
		c.Problem = &ModuleProblem{Kind: SourceUnknown}
		return
	}
	c.Source = src
	var dir string
	switch {
	case loader.IsLocalSource(src):
		dir = loader.LocalDir(callerDir, src)
	case r.manifestErr != nil:
		c.Problem = &ModuleProblem{Kind: ManifestUnreadable, Source: src, File: r.model.Relative(loader.ManifestPath(r.model.Dir)), Reason: reasonOf(r.manifestErr)}
		return
	default:
		installed, ok := r.installed[c.key()]
		if !ok {
			c.Problem = &ModuleProblem{Kind: NotInstalled, Source: src}
			return
		}
		dir = installed
	}
	c.Dir = r.model.Relative(dir)
	if r.count++; r.count > maxModuleInstances {
		c.Problem = &ModuleProblem{Kind: TooLarge, Source: src, Dir: c.Dir, Limit: maxModuleInstances}
		return
	}
	real, err := loader.RealDir(dir)
	if err == nil {
		for _, a := range ancestors {
			if a == real {
				c.Problem = &ModuleProblem{Kind: Cycle, Source: src, Dir: c.Dir}
				return
			}
		}
	}
	lm, err := r.model.loader.Read(dir)
	if err != nil {
		c.Problem = r.model.dirProblem(src, c.Dir, err)
		return
	}
	mod, err := newModule(lm.Content, func(mod *Module) evaluator {
		return newChildEvaluator(mod, c.Call.Arguments(), c.Instance.Vars, caller.eval, lm.Dir)
	})
	if err != nil {
		var ce *configError
		if !errors.As(err, &ce) {
			c.Problem = &ModuleProblem{Kind: FileInvalid, Source: src, Dir: c.Dir, Reason: err.Error()}
			return
		}
		c.Problem = &ModuleProblem{Kind: FileInvalid, Source: src, Dir: c.Dir, File: r.model.Relative(ce.Range.Filename), Line: ce.Range.Start.Line, Column: ce.Range.Start.Column, Reason: ce.Message}
		return
	}
	c.Module = mod
	if len(mod.Providers) > 0 && len(c.env) > 0 {
		c.proxies = lm.ProxyProviders
	}
	if len(ancestors) == 0 {
		root, _ := loader.RealDir(r.model.Dir)
		ancestors = []string{root}
	}
	c.Children = r.children(c, mod, lm, dir, append(append([]string{}, ancestors...), lm.Dir))
}

// dirProblem turns the loader's error into a problem, with paths relative to the root module.
func (m *Model) dirProblem(src, dir string, err error) *ModuleProblem {
	var de *loader.DirError
	if !errors.As(err, &de) {
		return &ModuleProblem{Kind: DirUnreadable, Source: src, Dir: dir, Reason: err.Error()}
	}
	p := &ModuleProblem{Kind: DirUnreadable, Source: src, Dir: dir, Reason: de.Reason}
	switch {
	case de.NotExist && de.File == "":
		p.Kind = DirMissing
	case de.Line > 0:
		p.Kind, p.File, p.Line, p.Column = FileInvalid, m.Relative(de.File), de.Line, de.Column
	case de.File != "":
		p.File = m.Relative(de.File)
	}
	return p
}

func reasonOf(err error) string {
	var fe *loader.FileError
	if errors.As(err, &fe) {
		return fe.Reason
	}
	return err.Error()
}

// key is the call's key in modules.json: call names joined by dots ("net.subnets").
func (c *Child) key() string {
	if c.Parent == nil {
		return c.Call.Name
	}
	return c.Parent.key() + "." + c.Call.Name
}

// Relative renders a directory or file relative to the root module, with forward slashes, so
// that messages read the same on every machine.
func (m *Model) Relative(path string) string {
	if !filepath.IsAbs(path) {
		return filepath.ToSlash(path)
	}
	rel, err := filepath.Rel(m.Dir, path)
	if err != nil {
		return filepath.ToSlash(path)
	}
	return filepath.ToSlash(rel)
}

// RootCall is a module call of the root module with every instance the tree resolved for it
// (one, unless its arguments or providers depend on each or count).
type RootCall struct {
	Call      *ModuleCall
	Address   string
	Instances []*Child
}

// Walk visits every instance of the call and every distinct module instance below them.
func (rc RootCall) Walk(visit func(*Child)) {
	seen := map[*Child]bool{}
	for _, c := range rc.Instances {
		c.walk(visit, seen)
	}
}

// RootCalls groups the tree by root module call, in file order.
func (m *Model) RootCalls() []RootCall {
	var out []RootCall
	for _, c := range m.Tree() {
		if n := len(out); n > 0 && out[n-1].Call == c.Call {
			out[n-1].Instances = append(out[n-1].Instances, c)
			continue
		}
		out = append(out, RootCall{Call: c.Call, Address: "module." + c.Call.Name, Instances: []*Child{c}})
	}
	return out
}

// WalkModules visits the root module (c nil) and then every distinct module instance of the
// tree that drguard could read, root call by root call.
func (m *Model) WalkModules(visit func(c *Child, mod *Module)) {
	visit(nil, m.Module)
	for _, call := range m.RootCalls() {
		call.Walk(func(c *Child) {
			if c.Module != nil {
				visit(c, c.Module)
			}
		})
	}
}
