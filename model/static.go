package model

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// staticEvaluator evaluates a module's expressions in-process, as Terraform would for what is
// knowable before plan: variables come from a source (a child module's call arguments or
// defaults; the root module's values as TFLint knows them), locals are evaluated on demand,
// and Terraform's common functions are available. Resources, data sources and count are
// unknown; each is unknown unless an instance is given.
type staticEvaluator struct {
	// variable returns var.NAME, given the traversal that references it; ok is false when it
	// cannot be had in-process.
	variable func(t hcl.Traversal) (v cty.Value, ok bool)
	dir      string
	// mod is the module whose expressions this evaluates.
	mod *Module
	// deferred are root names whose value only TFLint knows (terraform.workspace in the
	// root module): an expression using one cannot be evaluated in-process.
	deferred map[string]bool

	mu     sync.Mutex
	memo   map[string]named
	active map[string]bool
}

// named is a variable's or local value's value; ok is false when it could not be evaluated
// in-process (an unknown function, a deferred reference).
type named struct {
	v  cty.Value
	ok bool
}

// newChildEvaluator evaluates in a child module, whose call passes args (each is the call's
// instance, NilVal if none) evaluated by the caller's evaluator.
func newChildEvaluator(mod *Module, args map[string]hcl.Expression, each cty.Value, caller evaluator, dir string) *staticEvaluator {
	e := &staticEvaluator{mod: mod, dir: dir, memo: map[string]named{}, active: map[string]bool{}}
	e.variable = func(t hcl.Traversal) (cty.Value, bool) {
		name := t[1].(hcl.TraverseAttr).Name
		if a, ok := args[name]; ok {
			if each != cty.NilVal {
				return caller.valueEach(a, each), true
			}
			return caller.value(a), true
		}
		if decl := mod.Variables[name]; decl != nil {
			if d := decl.Body.Attributes["default"]; d != nil {
				return e.eval(d.Expr, cty.NilVal)
			}
		}
		return cty.DynamicVal, true
	}
	return e
}

func (e *staticEvaluator) value(expr hcl.Expression) cty.Value {
	return e.valueEach(expr, cty.NilVal)
}

func (e *staticEvaluator) valueEach(expr hcl.Expression, each cty.Value) cty.Value {
	v, _ := e.try(expr, each)
	return v
}

// try evaluates an expression, with each bound when it is not NilVal; ok is false when it
// cannot be evaluated in-process (the value is then unknown).
func (e *staticEvaluator) try(expr hcl.Expression, each cty.Value) (cty.Value, bool) {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType), true
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.eval(expr, each)
}

func (e *staticEvaluator) eval(expr hcl.Expression, each cty.Value) (cty.Value, bool) {
	vars := map[string]cty.Value{}
	refs := map[string]map[string]cty.Value{"var": {}, "local": {}}
	complete := true
	for _, t := range expr.Variables() {
		root := t.RootName()
		switch {
		case e.deferred[root]:
			return cty.DynamicVal, false
		case root == "path":
			vars["path"] = cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(e.dir)})
		case root == "each" && each != cty.NilVal:
			vars["each"] = each
		case refs[root] == nil:
			vars[root] = cty.DynamicVal
		default:
			attr, ok := traversalAttr(t)
			if !ok {
				continue
			}
			n := e.named(t, root, attr)
			refs[root][attr] = n.v
			complete = complete && n.ok
		}
	}
	for root, values := range refs {
		if len(values) > 0 {
			vars[root] = cty.ObjectVal(values)
		}
	}
	v, diags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: functions})
	if diags.HasErrors() {
		return cty.DynamicVal, false
	}
	return unmark(v), complete
}

// traversalAttr is the name a var.NAME or local.NAME traversal refers to.
func traversalAttr(t hcl.Traversal) (string, bool) {
	if len(t) < 2 {
		return "", false
	}
	attr, ok := t[1].(hcl.TraverseAttr)
	return attr.Name, ok
}

// named returns var.NAME or local.NAME, evaluating it once; a reference cycle is unknown.
func (e *staticEvaluator) named(t hcl.Traversal, root, name string) named {
	key := root + "." + name
	if n, ok := e.memo[key]; ok {
		return n
	}
	if e.active[key] {
		return named{cty.DynamicVal, true}
	}
	e.active[key] = true
	defer delete(e.active, key)
	n := named{cty.DynamicVal, true}
	switch root {
	case "var":
		n.v, n.ok = e.variable(t)
	case "local":
		if a := e.mod.Locals[name]; a != nil {
			n.v, n.ok = e.eval(a.Expr, cty.NilVal)
		}
	}
	e.memo[key] = n
	return n
}

// functions are the Terraform functions drguard evaluates in-process; an expression that calls
// another is evaluated by TFLint in the root module, and is unknown in a child module.
var functions = map[string]function.Function{
	"abs":             stdlib.AbsoluteFunc,
	"can":             tryfunc.CanFunc,
	"chomp":           stdlib.ChompFunc,
	"coalesce":        stdlib.CoalesceFunc,
	"coalescelist":    stdlib.CoalesceListFunc,
	"compact":         stdlib.CompactFunc,
	"concat":          stdlib.ConcatFunc,
	"contains":        stdlib.ContainsFunc,
	"distinct":        stdlib.DistinctFunc,
	"element":         stdlib.ElementFunc,
	"flatten":         stdlib.FlattenFunc,
	"format":          stdlib.FormatFunc,
	"formatlist":      stdlib.FormatListFunc,
	"join":            stdlib.JoinFunc,
	"jsondecode":      stdlib.JSONDecodeFunc,
	"jsonencode":      stdlib.JSONEncodeFunc,
	"keys":            stdlib.KeysFunc,
	"length":          stdlib.LengthFunc,
	"lookup":          stdlib.LookupFunc,
	"lower":           stdlib.LowerFunc,
	"max":             stdlib.MaxFunc,
	"merge":           stdlib.MergeFunc,
	"min":             stdlib.MinFunc,
	"regex":           stdlib.RegexFunc,
	"regexall":        stdlib.RegexAllFunc,
	"replace":         stdlib.ReplaceFunc,
	"reverse":         stdlib.ReverseListFunc,
	"setintersection": stdlib.SetIntersectionFunc,
	"setunion":        stdlib.SetUnionFunc,
	"slice":           stdlib.SliceFunc,
	"sort":            stdlib.SortFunc,
	"split":           stdlib.SplitFunc,
	"substr":          stdlib.SubstrFunc,
	"title":           stdlib.TitleFunc,
	"tobool":          stdlib.MakeToFunc(cty.Bool),
	"tolist":          stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)),
	"tomap":           stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
	"tonumber":        stdlib.MakeToFunc(cty.Number),
	"toset":           stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
	"tostring":        stdlib.MakeToFunc(cty.String),
	"trim":            stdlib.TrimFunc,
	"trimprefix":      stdlib.TrimPrefixFunc,
	"trimspace":       stdlib.TrimSpaceFunc,
	"trimsuffix":      stdlib.TrimSuffixFunc,
	"try":             tryfunc.TryFunc,
	"upper":           stdlib.UpperFunc,
	"values":          stdlib.ValuesFunc,
	"zipmap":          stdlib.ZipmapFunc,
}
