package bench_test

// In-process benchmarks of drguard on a generated medium DR monorepo (package benchgen: 20
// roots × 200 managed resources, shared child modules two levels deep), without TFLint,
// through the main module's exported API only. `make bench` runs them; plain `go test` does
// not (they run only with -bench). From tools/bench:
//
//	go test -run '^$' -bench . -benchmem .
//
// BenchmarkMedium/parse is the floor: hclparse of every file drguard reads for each root
// module (its own files and those of the module directories its tree reaches).
// BenchmarkMedium/analysis runs every rule's Check on each root through a runner that does
// in-process what the plugin side of TFLint's runner does: GetModuleContent re-parses every
// attribute's expression from its source bytes, and EvaluateExpr first re-parses the whole
// file of the expression (the SDK's GetFile). The host's side (TFLint parsing the files and
// evaluating) is not counted; its answers come from the variables' defaults. The benchmark
// reports the EvaluateExpr calls and the bytes they re-parse per op, and checks that the rules
// find exactly what the generator planted in the root modules.
//
// Each root is analysed by a model of its own (model.Load), which starts with a cold cache of
// parsed modules, as in TFLint, where every directory gets a fresh plugin process.

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/rules"
	"github.com/drguard/tflint-ruleset-drguard/tools/bench/benchgen"
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
	runners := make([]*benchRunner, len(manifest.Roots))
	for i, root := range manifest.Roots {
		runners[i] = newBenchRunner(b, top, root)
	}

	// The rules must find what was planted in the roots, or the benchmark does not measure
	// their work.
	want := map[string]int{}
	for _, e := range manifest.Expected {
		if strings.HasPrefix(e.File, "dr-") {
			want[e.Rule]++
		}
	}
	got := map[string]int{}
	var floor [][]string
	for _, r := range runners {
		m := check(b, r, settings)
		for rule, n := range r.issues {
			got[rule] += n
		}
		floor = append(floor, r.moduleFiles(b, m))
	}
	for _, rule := range benchgen.Rules {
		if got[rule] != want[rule] {
			b.Errorf("%s: the rules find %d in the roots, %d planted", rule, got[rule], want[rule])
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
		for _, r := range runners {
			r.evals.Store(0)
			r.reparsed.Store(0)
		}
		for i := 0; i < b.N; i++ {
			for _, r := range runners {
				check(b, r, settings)
			}
		}
		var evals, reparsed int64
		for _, r := range runners {
			evals += r.evals.Load()
			reparsed += r.reparsed.Load()
		}
		b.ReportMetric(float64(evals)/float64(b.N), "evals/op")
		b.ReportMetric(float64(reparsed)/float64(b.N)/1e6, "reparsed-MB/op")
	})
}

// check runs every rule on one root, as one plugin process would, and returns its model.
func check(b *testing.B, r *benchRunner, settings *config.Settings) *model.Model {
	r.issues = map[string]int{}
	runner := model.NewRunner(r, settings)
	for _, rule := range rules.Rules {
		if err := rule.Check(runner); err != nil {
			b.Fatal(err)
		}
	}
	m, err := model.Load(runner)
	if err != nil {
		b.Fatal(err)
	}
	return m
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

// benchRunner is a tflint.Runner for one root module of a generated tree that does, in
// process, the plugin side of TFLint's gRPC runner. Methods drguard does not call panic (the
// embedded interface is nil).
type benchRunner struct {
	tflint.Runner
	top, root string
	// files are the root module's sources by name relative to top, as TFLint names them.
	files map[string][]byte
	body  hcl.Body
	// defaults are the variables' defaults: the host's answer to var.NAME.
	defaults map[string]cty.Value
	issues   map[string]int

	evals, reparsed atomic.Int64
}

func newBenchRunner(b *testing.B, top, root string) *benchRunner {
	b.Helper()
	r := &benchRunner{top: top, root: root, files: map[string][]byte{}, defaults: map[string]cty.Value{}}
	var files []*hcl.File
	for _, p := range tfFiles(b, filepath.Join(top, root)) {
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
	r.body = hcl.MergeFiles(files)
	vars, _, _ := r.body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "variable", LabelNames: []string{"name"}}}})
	for _, v := range vars.Blocks {
		attrs, _, _ := v.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "default"}}})
		if d := attrs.Attributes["default"]; d != nil {
			r.defaults[v.Labels[0]], _ = d.Expr.Value(nil)
		}
	}
	return r
}

// moduleFiles lists the root's files and those of every module directory its tree reaches.
func (r *benchRunner) moduleFiles(b *testing.B, m *model.Model) []string {
	files := tfFiles(b, filepath.Join(r.top, r.root))
	seen := map[string]bool{}
	for _, call := range m.RootCalls() {
		call.Walk(func(c *model.Child) {
			dir := filepath.Join(m.Dir, c.Dir)
			if c.Module != nil && !seen[dir] {
				seen[dir] = true
				files = append(files, tfFiles(b, dir)...)
			}
		})
	}
	return files
}

func (r *benchRunner) GetOriginalwd() (string, error) { return r.top, nil }

func (r *benchRunner) GetModulePath() (addrs.Module, error) { return addrs.Module{}, nil }

func (r *benchRunner) DecodeRuleConfig(string, any) error { return nil }

func (r *benchRunner) EmitIssue(rule tflint.Rule, _ string, _ hcl.Range) error {
	r.issues[rule.Name()]++
	return nil
}

// GetModuleContent applies the schema, then re-parses every expression from its source
// bytes, as the SDK's client does with the proto message.
func (r *benchRunner) GetModuleContent(schema *hclext.BodySchema, _ *tflint.GetModuleContentOption) (*hclext.BodyContent, error) {
	content, diags := hclext.PartialContent(r.body, schema)
	if diags.HasErrors() {
		return nil, diags
	}
	return r.reparse(content)
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

// EvaluateExpr re-parses the expression's whole file (the SDK client's GetFile), then answers
// with the variables' defaults (anything else is unknown).
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
	*v = cty.DynamicVal
	if val, diags := expr.Value(&hcl.EvalContext{Variables: map[string]cty.Value{"var": cty.ObjectVal(r.defaults)}}); !diags.HasErrors() {
		*v = val
	}
	return nil
}
