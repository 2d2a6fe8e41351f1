package model

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// evaluator evaluates expressions of one module as Terraform would, with the variables of the
// instance and dynamic blocks they are written in. An expression it cannot evaluate (a
// reference it does not know, an error in the expression) is unknown: drguard judges only what
// it knows, and leaves invalid configurations to `terraform validate`.
type evaluator interface {
	value(expr hcl.Expression, vars Vars) cty.Value
}

// rootEvaluator evaluates in the root module. Literals are evaluated in-process; so is every
// other expression whose references are variables, locals, paths, instance variables and
// configured arguments, and whose functions drguard knows: TFLint is asked once per variable
// (it applies defaults, terraform.tfvars, *.auto.tfvars and --var-file; drguard adds
// terraform.tfvars.json), and locals, templates and functions are evaluated here. Only what
// cannot be evaluated in-process (another function, terraform.workspace, JSON syntax) costs a
// round trip for the whole expression, and only when no instance variable is involved.
type rootEvaluator struct {
	runner tflint.Runner
	static *staticEvaluator
	// references holds, per variable, the var.NAME reference in the smallest .tf file: the
	// SDK fetches and re-parses the whole file of every expression it sends. It is indexed
	// on the first variable asked for.
	references func() map[string]hcl.Traversal
	// tfvars gives variables their terraform.tfvars.json values where Terraform would.
	tfvars *tfvarsJSON
}

func newRootEvaluator(runner tflint.Runner, mod *Module, dir string, content *hclext.BodyContent) *rootEvaluator {
	e := &rootEvaluator{runner: runner, references: sync.OnceValue(func() map[string]hcl.Traversal { return variableReferences(content, dir) })}
	e.tfvars = newTFVarsJSON(dir, filePrefix(content), runner)
	e.static = newStaticEvaluator(mod, dir, e.variable)
	e.static.deferred = map[string]bool{"terraform": true}
	return e
}

// value returns the expression's value, unmarked.
func (e *rootEvaluator) value(expr hcl.Expression, vars Vars) cty.Value {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	refs := expr.Variables()
	if len(refs) == 0 {
		if v, diags := expr.Value(nil); !diags.HasErrors() {
			return unmark(v)
		}
	}
	if v, ok := e.static.try(expr, vars); ok || len(vars) > 0 || !refersToKnowable(refs) {
		return v
	}
	return e.evaluate(expr)
}

// knowableRoots are the references TFLint can know before plan; resources, data sources,
// modules, count and each (not expanded) are unknown to it.
var knowableRoots = map[string]bool{"var": true, "local": true, "path": true, "terraform": true}

// refersToKnowable reports whether any reference can have a value TFLint knows: when none
// can, asking TFLint is a round trip for an unknown value.
func refersToKnowable(refs []hcl.Traversal) bool {
	for _, t := range refs {
		if knowableRoots[t.RootName()] {
			return true
		}
	}
	return false
}

// evaluate asks TFLint.
func (e *rootEvaluator) evaluate(expr hcl.Expression) cty.Value {
	var v cty.Value
	if err := e.runner.EvaluateExpr(expr, &v, nil); err != nil {
		logger.Debug("drguard: cannot evaluate %s: %s", expr.Range(), err)
		return cty.DynamicVal
	}
	return unmark(v)
}

// variable asks TFLint for var.NAME, through the reference itself: the expression sent is
// the `var.NAME` part of the traversal, where it is written. A reference in JSON syntax
// cannot be sent on its own: its expression is then evaluated by TFLint as a whole.
func (e *rootEvaluator) variable(t hcl.Traversal) (cty.Value, bool) {
	name, _ := traversalAttr(t)
	if ref := e.references()[name]; ref != nil {
		t = ref
	}
	rng := hcl.RangeBetween(t[0].SourceRange(), t[1].SourceRange())
	if !strings.HasSuffix(rng.Filename, ".tf") {
		return cty.DynamicVal, false
	}
	v := e.evaluate(&hclsyntax.ScopeTraversalExpr{Traversal: t[:2], SrcRange: rng})
	return e.tfvars.apply(name, v), true
}

// variableReferences indexes the var.NAME references of a module's content by variable, each
// in the smallest .tf file that has one.
func variableReferences(content *hclext.BodyContent, dir string) map[string]hcl.Traversal {
	out := map[string]hcl.Traversal{}
	sizes := map[string]int64{}
	size := func(name string) int64 {
		if n, ok := sizes[name]; ok {
			return n
		}
		sizes[name] = -1
		if info, err := os.Stat(filepath.Join(dir, filepath.Base(name))); err == nil {
			sizes[name] = info.Size()
		}
		return sizes[name]
	}
	var walk func(*hclext.BodyContent)
	walk = func(c *hclext.BodyContent) {
		for _, a := range c.Attributes {
			for _, t := range a.Expr.Variables() {
				name, ok := traversalAttr(t)
				file := t.SourceRange().Filename
				if !ok || t.RootName() != "var" || !strings.HasSuffix(file, ".tf") || size(file) < 0 {
					continue
				}
				if best, seen := out[name]; !seen || size(file) < size(best.SourceRange().Filename) {
					out[name] = t
				}
			}
		}
		for _, b := range c.Blocks {
			walk(b.Body)
		}
	}
	walk(content)
	return out
}

func unmark(v cty.Value) cty.Value {
	v, _ = v.UnmarkDeep()
	return v
}

// stringsOf returns the known strings of a string or a list, set or tuple of strings. Unknown,
// null and non-string elements are skipped.
func stringsOf(v cty.Value) []string {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	ty := v.Type()
	if ty == cty.String {
		return []string{v.AsString()}
	}
	if !(ty.IsListType() || ty.IsSetType() || ty.IsTupleType()) {
		return nil
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsKnown() && !e.IsNull() && e.Type() == cty.String {
			out = append(out, e.AsString())
		}
	}
	return out
}

// knownString returns a known, non-null string value.
func knownString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// MissingVariables lists, sorted, the root module's variables an expression depends on,
// directly or through locals, whose value is not known: declared with no default and given no
// value (a forgotten --var-file).
func (m *Model) MissingVariables(expr hcl.Expression) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(hcl.Expression)
	walk = func(e hcl.Expression) {
		for _, t := range e.Variables() {
			name, ok := traversalAttr(t)
			if !ok || seen[t.RootName()+"."+name] {
				continue
			}
			seen[t.RootName()+"."+name] = true
			switch t.RootName() {
			case "var":
				if v := m.eval.value(&hclsyntax.ScopeTraversalExpr{Traversal: t[:2], SrcRange: t.SourceRange()}, nil); !v.IsWhollyKnown() {
					out = append(out, "var."+name)
				}
			case "local":
				if l := m.Locals[name]; l != nil {
					walk(l.Expr)
				}
			}
		}
	}
	walk(expr)
	sort.Strings(out)
	return out
}
