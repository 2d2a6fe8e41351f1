package model

// In-process benchmarks of drguard's analysis on a generated medium DR monorepo
// (internal/benchgen: 20 roots × 200 managed resources, shared child modules two levels deep),
// without TFLint. `make bench` runs them; plain `go test` does not (they run only with -bench).
//
//	go test -run '^$' -bench . -benchmem ./model/
//
// BenchmarkMedium/parse is the floor: hclparse of every file drguard reads for each root
// module (its own files and those of the module directories its tree reaches, each once).
// BenchmarkMedium/analysis builds the model of each root from disk (root expressions evaluated
// in-process, as for child modules) and runs what every rule asks of it: provider bindings,
// the module tree, placements, value flows into every sink argument, state locations.
// BenchmarkMedium/analysis-runner goes through Build with a runner that does in-process what
// the plugin side of TFLint's runner does: GetModuleContent re-parses every attribute's
// expression from its source bytes, and EvaluateExpr first fetches and re-parses the whole
// file of the expression (the SDK's GetFile) before the value comes back. The host's side
// (TFLint parsing and evaluating) is not counted, but the value is computed in-process
// (memoised) to return something real. It reports evals/op and the bytes re-parsed.
//
// Each root is analysed with a cold module cache (parsedDirs), as in TFLint, where every
// directory gets a fresh plugin process.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/internal/benchgen"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

func BenchmarkMedium(b *testing.B) {
	top := b.TempDir()
	size, _ := benchgen.SizeNamed("medium")
	manifest, err := benchgen.Generate(top, benchgen.DefaultOptions(size, 1))
	if err != nil {
		b.Fatal(err)
	}
	settings := benchSettings(b, top)

	// The files the parse floor reads per root: the root's own, and those of each module
	// directory its tree reaches.
	floor := make([][]string, len(manifest.Roots))
	planted := map[string]int{}
	for _, e := range manifest.Expected {
		planted[e.Rule]++
	}
	found := map[string]int{}
	runners := make([]*benchRunner, len(manifest.Roots))
	for i, root := range manifest.Roots {
		dir := filepath.Join(top, root)
		parsedDirs.Clear()
		m := diskModel(b, dir, settings)
		files := tfFiles(b, dir)
		seen := map[string]bool{}
		for _, call := range m.Tree() {
			call.Walk(func(c *Child) {
				d := c.Dir
				if !filepath.IsAbs(d) {
					d = filepath.Join(m.Dir, d)
				}
				if c.Module != nil && !seen[d] {
					seen[d] = true
					files = append(files, tfFiles(b, d)...)
				}
			})
		}
		floor[i] = files
		for rule, n := range analyse(m, nil) {
			found[rule] += n
		}
		runners[i] = newBenchRunner(b, top, root)
	}
	// The analysis must find what was planted, or it does not measure the rules' work.
	for _, rule := range benchgen.Rules {
		if found[rule] != planted[rule] {
			b.Errorf("%s: the in-process analysis finds %d, %d planted", rule, found[rule], planted[rule])
		}
	}

	b.Run("parse", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, files := range floor {
				p := hclparse.NewParser()
				for _, f := range files {
					if _, diags := p.ParseHCLFile(f); diags.HasErrors() {
						b.Fatal(diags)
					}
				}
			}
		}
	})
	b.Run("analysis", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			for _, root := range manifest.Roots {
				parsedDirs.Clear()
				analyse(diskModel(b, filepath.Join(top, root), settings), nil)
			}
		}
	})
	b.Run("analysis-runner", func(b *testing.B) {
		var evals, bytes int64
		for i := 0; i < b.N; i++ {
			for _, r := range runners {
				parsedDirs.Clear()
				m, err := Build(r, settings)
				if err != nil {
					b.Fatal(err)
				}
				allowed, err := m.AllowedResourceTypes()
				if err != nil {
					b.Fatal(err)
				}
				analyse(m, allowed)
			}
		}
		for _, r := range runners {
			evals += r.evals.Swap(0)
			bytes += r.reparsed.Swap(0)
		}
		b.ReportMetric(float64(evals)/float64(b.N), "evals/op")
		b.ReportMetric(float64(bytes)/float64(b.N)/1e6, "reparsed-MB/op")
	})
}

// benchSettings decodes the plugin settings the generated tree assumes.
func benchSettings(b *testing.B, dir string) *config.Settings {
	b.Helper()
	f, diags := hclsyntax.ParseConfig([]byte(benchgen.PluginSettings), "plugin.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	content, diags := hclext.PartialContent(f.Body, config.Schema())
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	s, err := config.Decode(content, dir)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func tfFiles(b *testing.B, dir string) []string {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.tf"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// diskModel builds a root module's model from disk, evaluating its expressions in-process.
func diskModel(b *testing.B, dir string, settings *config.Settings) *Model {
	body, err := parseModuleDir(dir)
	if err != nil {
		b.Fatalf("parse %s: %v", dir, err)
	}
	content, diags := hclext.PartialContent(body, schema(SinkTable{}.schemaArguments()))
	if diags.HasErrors() {
		b.Fatalf("read %s: %v", dir, diags)
	}
	root, err := newModule(content, func(mod *Module) evaluator {
		return newChildEvaluator(mod, nil, cty.NilVal, nil, dir)
	})
	if err != nil {
		b.Fatalf("analyse %s: %v", dir, err)
	}
	return newModel(root, settings, dir)
}

// regionalProviders are the providers drguard_provider_region_implicit judges.
var regionalProviders = map[string]bool{"aws": true, "awscc": true, "google": true, "google-beta": true}

// analyse asks of the model what each rule's Check asks (rules/*.go), and counts the issues
// each would emit.
func analyse(m *Model, allowed ResourceTypePatterns) map[string]int {
	found := map[string]int{}

	// drguard_primary_provider_resource
	for _, b := range m.Blocks {
		if b.Managed() && b.Provider != nil && !allowed.Match(b.Type) {
			if _, primary := m.Primary(*b.Provider); primary {
				found[benchgen.RulePrimaryProviderResource]++
			}
		}
	}

	// drguard_primary_provider_module
	for _, call := range m.Tree() {
		problem, primary := false, false
		call.Walk(func(c *Child) {
			problem = problem || c.Problem != ""
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if !b.Managed() || allowed.Match(b.Type) {
					continue
				}
				if binding, ok := m.Bind(c, b); ok {
					if _, p := m.PrimaryBinding(binding); p {
						primary = true
					}
				}
			}
		})
		if problem {
			found[benchgen.RulePrimaryProviderModule]++
		}
		if primary {
			found[benchgen.RulePrimaryProviderModule]++
		}
	}

	// drguard_resource_region
	for _, b := range m.Blocks {
		if b.Kind != "resource" || allowed.Match(b.Type) {
			continue
		}
		if b.Provider != nil {
			if _, primary := m.Primary(*b.Provider); primary {
				continue
			}
		}
		found[benchgen.RuleResourceRegion] += len(m.Placements(m.Module, b))
	}
	for _, call := range m.Tree() {
		call.Walk(func(c *Child) {
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if b.Kind != "resource" || allowed.Match(b.Type) {
					continue
				}
				if binding, ok := m.Bind(c, b); ok {
					if _, primary := m.PrimaryBinding(binding); primary {
						continue
					}
				}
				for _, p := range m.Placements(c.Module, b) {
					_ = m.Relative(p.Attr.Range.Filename)
					found[benchgen.RuleResourceRegion]++
				}
			}
		})
	}

	// drguard_provider_region
	dr := RegionSet{}
	for _, r := range m.Settings.DRRegions {
		dr.Add(r)
	}
	for _, p := range m.Providers {
		if p.RegionAttr == nil {
			continue
		}
		set := RegionSet{}
		for _, r := range p.Regions() {
			set.Add(r)
		}
		named := m.PrimaryNamed(p.Alias)
		for _, region := range set.List() {
			primary := m.PrimaryRegions.Has(region)
			if (p.Alias == "" && primary) || (named && len(m.Settings.PrimaryRegions) > 0 && !primary) || (!named && !primary && len(dr) > 0 && !dr.Has(region)) {
				found[benchgen.RuleProviderRegion]++
			}
		}
	}

	// drguard_provider_region_implicit
	for _, p := range m.Providers {
		if regionalProviders[m.ProviderType(p.Name)] && p.RegionAttr == nil {
			found[benchgen.RuleProviderRegionImplicit]++
		}
	}
	for _, name := range m.UsedDefaultProviders() {
		if req := m.RequiredProviders[name]; req != nil && regionalProviders[req.Type] && m.Config(name) == nil {
			found[benchgen.RuleProviderRegionImplicit]++
		}
	}

	// drguard_shared_backend
	primaries := m.PrimaryLocations()
	if b := m.Backend; b != nil {
		match := state.Unrelated
		for _, p := range primaries {
			if c := p.Location.Covers(b.Location); c > match {
				match = c
			}
		}
		if match == state.SameState || match == state.SameStorage {
			found[benchgen.RuleSharedBackend]++
		}
		if r := b.Location.Region(); r != "" && m.PrimaryRegions.Has(r) {
			found[benchgen.RuleSharedBackend]++
		}
		if t := b.Location.LockTable(); t != "" {
			for _, p := range primaries {
				if state.SameName(p.Location.LockTable(), t) {
					found[benchgen.RuleSharedBackend]++
					break
				}
			}
		}
	}

	// drguard_writable_remote_state
	sinks, _ := m.SinkTable()
	if m.Backend != nil {
		for _, rs := range m.RemoteStates {
			if rs.Backend != "" && m.Backend.Location.Covers(rs.Location) == state.SameState {
				found[benchgen.RuleWritableRemoteState]++
			}
		}
	}
	var targets []string
	for _, p := range primaries {
		if _, name := p.Location.Storage(); name != "" && p.Location.Backend != "remote" {
			targets = append(targets, name)
		}
		if t := p.Location.LockTable(); t != "" {
			targets = append(targets, t)
		}
	}
	flows := m.FlowAnalyzer()
	visit := func(c *Child, mod *Module) {
		for _, b := range mod.Blocks {
			if b.Kind != "resource" {
				continue
			}
			for _, arg := range sinks.Targets(b.Type) {
				a := b.Body.Attributes[arg]
				if a == nil {
					continue
				}
				if writes(m, c, mod, b, a.Expr, arg, sinks, flows, targets) {
					found[benchgen.RuleWritableRemoteState]++
				}
			}
		}
	}
	visit(nil, m.Module)
	for _, call := range m.Tree() {
		call.Walk(func(c *Child) {
			if c.Module != nil {
				visit(c, c.Module)
			}
		})
	}
	return found
}

// writes mirrors WritableRemoteStateRule.writes: one issue at most per target argument.
func writes(m *Model, c *Child, mod *Module, b *Block, expr hcl.Expression, arg string, sinks SinkTable, flows *FlowAnalyzer, targets []string) bool {
	isSink := false
	for _, s := range sinks.Arguments(b.Type) {
		isSink = isSink || s == arg
	}
	found := flows.Flows(c, b, expr)
	for _, f := range found {
		if !f.Config && isSink && m.IsPrimary(f.Remote) {
			_ = f.Path(arg)
			return true
		}
	}
	for _, f := range found {
		if f.Config && m.IsPrimary(f.Remote) {
			return true
		}
	}
	for _, name := range mod.Strings(expr) {
		for _, t := range targets {
			if state.SameName(name, t) {
				return true
			}
		}
	}
	return false
}

// benchRunner is a tflint.Runner for one root module of a generated tree that does, in
// process, the plugin side of TFLint's gRPC runner (see the file comment). Methods drguard
// does not call panic (the embedded interface is nil).
type benchRunner struct {
	tflint.Runner
	top string
	// files are the root module's sources by name relative to top, as TFLint names them.
	files map[string][]byte
	// content is what the host would answer GetModuleContent with; host evaluates values.
	content *hclext.BodyContent
	host    *staticEvaluator

	evals, reparsed atomic.Int64
}

func newBenchRunner(b *testing.B, top, root string) *benchRunner {
	b.Helper()
	r := &benchRunner{top: top, files: map[string][]byte{}}
	paths := tfFiles(b, filepath.Join(top, root))
	var files []*hcl.File
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		name := filepath.ToSlash(filepath.Join(root, filepath.Base(p)))
		r.files[name] = src
		f, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		if diags.HasErrors() {
			b.Fatal(diags)
		}
		files = append(files, f)
	}
	sinks, _ := decodeSinkConfig(r)
	content, diags := hclext.PartialContent(hcl.MergeFiles(files), schema(sinks.schemaArguments()))
	if diags.HasErrors() {
		b.Fatal(diags)
	}
	r.content = content
	if _, err := newModule(content, func(mod *Module) evaluator {
		r.host = newChildEvaluator(mod, nil, cty.NilVal, nil, filepath.Join(top, root))
		return r.host
	}); err != nil {
		b.Fatal(err)
	}
	return r
}

func (r *benchRunner) GetOriginalwd() (string, error) { return r.top, nil }

func (r *benchRunner) GetModulePath() (addrs.Module, error) { return addrs.Module{}, nil }

func (r *benchRunner) DecodeRuleConfig(string, any) error { return nil }

// GetModuleContent returns the host's content with every expression re-parsed from its
// source bytes, as the SDK's client does with the proto message.
func (r *benchRunner) GetModuleContent(*hclext.BodySchema, *tflint.GetModuleContentOption) (*hclext.BodyContent, error) {
	return r.reparse(r.content)
}

func (r *benchRunner) reparse(c *hclext.BodyContent) (*hclext.BodyContent, error) {
	out := &hclext.BodyContent{Attributes: hclext.Attributes{}}
	for name, a := range c.Attributes {
		rng := a.Expr.Range()
		expr, diags := hclext.ParseExpression(rng.SliceBytes(r.files[rng.Filename]), rng.Filename, rng.Start)
		if diags.HasErrors() {
			return nil, diags
		}
		out.Attributes[name] = &hclext.Attribute{Name: a.Name, Expr: expr, Range: a.Range, NameRange: a.NameRange}
	}
	for _, b := range c.Blocks {
		body, err := r.reparse(b.Body)
		if err != nil {
			return nil, err
		}
		out.Blocks = append(out.Blocks, &hclext.Block{Type: b.Type, Labels: b.Labels, Body: body, DefRange: b.DefRange, TypeRange: b.TypeRange, LabelRanges: b.LabelRanges})
	}
	return out, nil
}

// EvaluateExpr re-parses the expression's whole file (the SDK client's GetFile), then returns
// the value the host would.
func (r *benchRunner) EvaluateExpr(expr hcl.Expression, target any, _ *tflint.EvaluateExprOption) error {
	name := expr.Range().Filename
	src, ok := r.files[name]
	if !ok {
		return fmt.Errorf("file %s not found", name)
	}
	r.evals.Add(1)
	r.reparsed.Add(int64(len(src)))
	if _, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos); diags.HasErrors() {
		return diags
	}
	v, ok := target.(*cty.Value)
	if !ok {
		return fmt.Errorf("unsupported target %T", target)
	}
	*v = r.host.value(expr)
	return nil
}
