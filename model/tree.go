package model

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// Child is one module call below the root module, resolved from disk: TFLint has no API for
// which provider configuration a child module's resource ends up with, so drguard reads the
// module tree itself, under every call_module_type.
type Child struct {
	Call *ModuleCall
	// Parent is the calling child; nil for a call in the root module.
	Parent *Child
	// Address is module.net.module.subnets (no instance keys).
	Address string
	Source  string
	// Dir is the module's directory, relative to the root module.
	Dir string
	// Module is the analysed module; nil when it cannot be inspected (Problem says why).
	Module   *Module
	Problem  string
	Children []*Child

	env map[string]Binding
	// each is each.key and each.value of this instance of a for_each call (NilVal when the
	// call is not expanded).
	each cty.Value
	// proxies are the keys of the module's provider blocks that are empty but for alias: a
	// configuration its call passes under such a key replaces the block (see proxyKeys).
	proxies map[string]bool
}

// Root returns the root module's call this child sits under.
func (c *Child) Root() *Child {
	for c.Parent != nil {
		c = c.Parent
	}
	return c
}

// Walk visits the child and everything below it, depth first.
func (c *Child) Walk(visit func(*Child)) {
	visit(c)
	for _, cc := range c.Children {
		cc.Walk(visit)
	}
}

// Binding is the provider configuration a child module's block ends up with: a configuration
// of the root module (Ref, with its instance key), or one a child module declares itself
// (Owned, in Owner).
type Binding struct {
	Ref   *ProviderRef
	Owned *ProviderConfig
	Owner *Child
	// OwnedRef is the reference to Owned, with the instance key the block gives.
	OwnedRef ProviderRef
	// Via is the entry of the root module call's providers map that handed the configuration
	// over; nil when it was inherited implicitly or is owned by a child.
	Via *ProviderPass
}

// Tree returns the module calls of the root module, each resolved to any depth. It is built
// once per model, on first use.
func (m *Model) Tree() []*Child {
	m.treeOnce.Do(func() {
		installed, err := loader.ReadManifest(m.Dir)
		r := &resolver{model: m, installed: installed, manifestErr: err}
		m.tree = r.children(nil, m.Module, m.Dir, nil)
	})
	return m.tree
}

// Bind returns the configuration a block of the child module uses; an instance key on the
// block's provider reference selects an instance of a for_each configuration.
func (m *Model) Bind(c *Child, b *Block) (Binding, bool) {
	binding, ok := m.lookup(c, b.ProviderKey())
	if ok && b.Provider != nil && b.Provider.HasKey {
		binding = binding.withKey(*b.Provider)
	}
	return binding, ok
}

// withKey gives the binding the instance key of a reference, unless it has one already.
func (b Binding) withKey(key ProviderRef) Binding {
	switch {
	case b.Ref != nil && !b.Ref.HasKey:
		ref := *b.Ref
		ref.HasKey, ref.Key, ref.KeyKnown = true, key.Key, key.KeyKnown
		b.Ref = &ref
	case b.Owned != nil:
		b.OwnedRef.HasKey, b.OwnedRef.Key, b.OwnedRef.KeyKnown = true, key.Key, key.KeyKnown
	}
	return b
}

// lookup finds the configuration a module knows by key: its own provider block, what its call
// handed over, or (for a default configuration) what its caller has by that name.
func (m *Model) lookup(c *Child, key string) (Binding, bool) {
	if c == nil {
		ref := refOfKey(key)
		return Binding{Ref: &ref}, true
	}
	if c.Module != nil {
		if p := c.Module.Config(key); p != nil {
			if b, passed := c.env[key]; passed && c.proxies[key] {
				return b, true
			}
			return Binding{Owned: p, Owner: c, OwnedRef: refOfKey(key)}, true
		}
	}
	if b, ok := c.env[key]; ok {
		return b, true
	}
	if !strings.Contains(key, ".") {
		return m.lookup(c.Parent, key)
	}
	return Binding{}, false
}

func refOfKey(key string) ProviderRef {
	name, alias, _ := strings.Cut(key, ".")
	return ProviderRef{Name: name, Alias: alias}
}

// PrimaryBinding tells whether a binding is a primary provider configuration, and why.
func (m *Model) PrimaryBinding(b Binding) (string, bool) {
	switch {
	case b.Ref != nil:
		return m.Primary(*b.Ref)
	case b.Owned != nil:
		return m.primaryConfig(b.Owned, b.OwnedRef, fmt.Sprintf("%s that %s declares itself", b.OwnedRef, b.Owner.Address))
	}
	return "", false
}

// resolver builds the tree.
type resolver struct {
	model     *Model
	installed loader.Manifest
	// manifestErr says why modules.json cannot be read.
	manifestErr error
}

func (r *resolver) children(parent *Child, mod *Module, dir string, ancestors []string) []*Child {
	var out []*Child
	for _, call := range mod.ModuleCalls {
		for _, each := range instances(call, mod) {
			c := r.child(parent, call, each)
			out = append(out, c)
			r.inspect(c, mod, dir, ancestors)
		}
	}
	return out
}

// instances returns each.key and each.value of every instance of a for_each module call whose
// arguments depend on them, when the for_each is known; else one instance with each unknown.
func instances(call *ModuleCall, caller *Module) []cty.Value {
	fe := call.Block.Body.Attributes["for_each"]
	if fe == nil || !usesEach(call.Arguments()) {
		return []cty.Value{cty.NilVal}
	}
	out := eachInstances(caller.eval.value(fe.Expr))
	if len(out) == 0 {
		return []cty.Value{cty.NilVal}
	}
	return out
}

func usesEach(args map[string]hcl.Expression) bool {
	for _, a := range args {
		for _, t := range a.Variables() {
			if t.RootName() == "each" {
				return true
			}
		}
	}
	return false
}

// child makes one instance of a module call, with the provider configurations it receives.
func (r *resolver) child(parent *Child, call *ModuleCall, each cty.Value) *Child {
	c := &Child{Call: call, Parent: parent, Address: "module." + call.Name, env: map[string]Binding{}, each: each}
	if parent != nil {
		c.Address = parent.Address + "." + c.Address
	}
	for i := range call.Providers {
		pass := &call.Providers[i]
		binding, ok := r.model.lookup(parent, pass.Ref.ConfigKey())
		if !ok {
			continue
		}
		if pass.Ref.HasKey {
			binding = binding.withKey(pass.Ref)
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
	src, ok := knownString(caller.eval.value(c.Call.Source()))
	if !ok {
		c.Problem = "its source is not a known string"
		return
	}
	c.Source = src
	var dir string
	switch {
	case loader.IsLocalSource(src):
		dir = loader.LocalDir(callerDir, src)
	case r.manifestErr != nil:
		c.Problem = fmt.Sprintf("its source %q cannot be looked up: %s", src, r.manifestErr)
		return
	default:
		installed, ok := r.installed[c.key()]
		if !ok {
			c.Problem = fmt.Sprintf("its source %q is not installed under .terraform/modules (run terraform init)", src)
			return
		}
		dir = installed
	}
	c.Dir = r.model.Relative(dir)
	for _, a := range ancestors {
		if a == dir {
			c.Problem = fmt.Sprintf("it calls %s (%s) again: the module reaches itself", c.Dir, src)
			return
		}
	}
	content, problem := readModuleDir(dir, r.model.schema, r.model.Relative)
	if problem != "" {
		c.Problem = problem
		return
	}
	mod, err := newModule(content, func(mod *Module) evaluator {
		return newChildEvaluator(mod, c.Call.Arguments(), c.each, caller.eval, dir)
	})
	if err != nil {
		c.Problem = err.Error()
		var ce *configError
		if errors.As(err, &ce) {
			rng := ce.Range
			rng.Filename = r.model.Relative(rng.Filename)
			c.Problem = (&configError{Range: rng, Message: ce.Message}).Error()
		}
		return
	}
	c.Module = mod
	if len(mod.Providers) > 0 && len(c.env) > 0 {
		c.proxies = proxyKeys(dir)
	}
	c.Children = r.children(c, mod, dir, append(append([]string{}, ancestors...), callerDir, dir))
}

// key is the call's key in modules.json: call names joined by dots ("net.subnets").
func (c *Child) key() string {
	if c.Parent == nil {
		return c.Call.Name
	}
	return c.Parent.key() + "." + c.Call.Name
}

// Relative renders a directory or file relative to the root module.
func (m *Model) Relative(path string) string {
	rel, err := filepath.Rel(m.Dir, path)
	if err != nil {
		return path
	}
	return rel
}

// parsedDirs caches module directories read from disk for the life of the plugin process,
// keyed by the directory and the names, sizes and times of its files (so an editor's
// long-lived language server sees edits): TFLint runs Checks concurrently, and every root
// runner reads the same children.
var parsedDirs sync.Map

// moduleBody returns a module directory's files merged into one body, parsed once per process.
func moduleBody(dir string) (hcl.Body, error) {
	v, _ := parsedDirs.LoadOrStore(dirSignature(dir), &parsedDir{})
	p := v.(*parsedDir)
	p.once.Do(func() { p.body, p.problem = parseModuleDir(dir) })
	return p.body, p.problem
}

type parsedDir struct {
	once sync.Once
	body hcl.Body
	// problem holds the read or parse error with the path of the file as found on disk.
	problem error
}

// readModuleDir reads a module's *.tf and *.tf.json files (override files aside) with the
// model's schema. The problem names the path, relative to the root module.
func readModuleDir(dir string, schema *hclext.BodySchema, relative func(string) string) (*hclext.BodyContent, string) {
	body, problem := moduleBody(dir)
	if problem == nil {
		content, diags := hclext.PartialContent(body, schema)
		if !diags.HasErrors() {
			return content, ""
		}
		problem = diagError(dir, diags)
	}
	var pe *parseError
	if errors.As(problem, &pe) {
		return nil, fmt.Sprintf("%s:%d,%d: %s", relative(pe.file), pe.line, pe.column, pe.summary)
	}
	if errors.Is(problem, errNotExist) {
		return nil, fmt.Sprintf("its directory %s does not exist", relative(dir))
	}
	return nil, fmt.Sprintf("its directory %s cannot be read: %s", relative(dir), problem)
}

// dirSignature identifies a directory's current Terraform files.
func dirSignature(dir string) string {
	var b strings.Builder
	b.WriteString(dir)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && !e.IsDir() {
			fmt.Fprintf(&b, "\x00%s:%d:%d", e.Name(), info.Size(), info.ModTime().UnixNano())
		}
	}
	return b.String()
}

var errNotExist = errors.New("no such directory")

type parseError struct {
	file         string
	line, column int
	summary      string
}

func (e *parseError) Error() string { return e.summary }

func parseModuleDir(dir string) (hcl.Body, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, errNotExist
		}
		return nil, err
	}
	parser := hclparse.NewParser()
	var files []*hcl.File
	var names []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, "_override.tf") || strings.HasSuffix(n, "_override.tf.json") || n == "override.tf" || n == "override.tf.json" {
			continue
		}
		if strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		path := filepath.Join(dir, n)
		var f *hcl.File
		var diags hcl.Diagnostics
		if strings.HasSuffix(n, ".json") {
			f, diags = parser.ParseJSONFile(path)
		} else {
			f, diags = parser.ParseHCLFile(path)
		}
		if diags.HasErrors() {
			return nil, diagError(path, diags)
		}
		files = append(files, f)
	}
	return hcl.MergeFiles(files), nil
}

func diagError(path string, diags hcl.Diagnostics) error {
	d := diags.Errs()[0].(*hcl.Diagnostic)
	pe := &parseError{file: path, summary: d.Summary}
	if d.Subject != nil {
		pe.file, pe.line, pe.column = d.Subject.Filename, d.Subject.Start.Line, d.Subject.Start.Column
	}
	return pe
}

// RootCall is a module call of the root module with every instance the tree resolved for it
// (one, unless a for_each call's arguments depend on each).
type RootCall struct {
	Call      *ModuleCall
	Address   string
	Instances []*Child
}

// Walk visits every instance of the call and everything below them.
func (rc RootCall) Walk(visit func(*Child)) {
	for _, c := range rc.Instances {
		c.Walk(visit)
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
		out = append(out, RootCall{Call: c.Call, Address: c.Address, Instances: []*Child{c}})
	}
	return out
}
