package model

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// staticEvaluator evaluates a child module's expressions in-process, as Terraform would for
// what is knowable before plan: its variables take the caller's arguments (evaluated by the
// caller's evaluator) or their defaults, its locals are evaluated on demand, and Terraform's
// common functions are available. Everything else (resources, data, count, each) is unknown.
type staticEvaluator struct {
	args   map[string]hcl.Expression
	caller evaluator
	dir    string
	// mod is the module whose expressions this evaluates.
	mod *Module
	// each is the instance of the for_each call that created the module (NilVal if none):
	// the call's arguments are evaluated with it.
	each cty.Value

	mu     sync.Mutex
	memo   map[string]cty.Value
	active map[string]bool
}

// newStaticEvaluator evaluates in mod, whose call passes args (each is the call's instance,
// NilVal if none) evaluated by the caller's evaluator.
func newStaticEvaluator(mod *Module, args map[string]hcl.Expression, each cty.Value, caller evaluator, dir string) *staticEvaluator {
	return &staticEvaluator{mod: mod, args: args, each: each, caller: caller, dir: dir, memo: map[string]cty.Value{}, active: map[string]bool{}}
}

func (e *staticEvaluator) value(expr hcl.Expression) cty.Value {
	return e.valueEach(expr, cty.NilVal)
}

func (e *staticEvaluator) valueEach(expr hcl.Expression, each cty.Value) cty.Value {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.evalEach(expr, each)
}

func (e *staticEvaluator) eval(expr hcl.Expression) cty.Value {
	return e.evalEach(expr, cty.NilVal)
}

// evalEach evaluates with each bound when it is not NilVal.
func (e *staticEvaluator) evalEach(expr hcl.Expression, each cty.Value) cty.Value {
	vars := map[string]cty.Value{}
	named := map[string]map[string]cty.Value{"var": {}, "local": {}}
	for _, t := range expr.Variables() {
		root := t.RootName()
		if _, ok := named[root]; !ok {
			if root == "path" {
				vars["path"] = cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(e.dir)})
			} else {
				vars[root] = cty.DynamicVal
			}
			continue
		}
		if len(t) < 2 {
			continue
		}
		attr, ok := t[1].(hcl.TraverseAttr)
		if !ok {
			continue
		}
		named[root][attr.Name] = e.named(root, attr.Name)
	}
	for root, values := range named {
		if len(values) > 0 {
			vars[root] = cty.ObjectVal(values)
		}
	}
	if each != cty.NilVal {
		vars["each"] = each
	}
	v, diags := expr.Value(&hcl.EvalContext{Variables: vars, Functions: functions})
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	return unmark(v)
}

// named returns var.NAME or local.NAME, evaluating it once; a reference cycle is unknown.
func (e *staticEvaluator) named(root, name string) cty.Value {
	key := root + "." + name
	if v, ok := e.memo[key]; ok {
		return v
	}
	if e.active[key] {
		return cty.DynamicVal
	}
	e.active[key] = true
	defer delete(e.active, key)
	v := cty.DynamicVal
	switch root {
	case "var":
		if a, ok := e.args[name]; ok && e.each != cty.NilVal {
			v = e.caller.valueEach(a, e.each)
		} else if ok {
			v = e.caller.value(a)
		} else if decl := e.mod.Variables[name]; decl != nil {
			if d := decl.Body.Attributes["default"]; d != nil {
				v = e.eval(d.Expr)
			}
		}
	case "local":
		if a := e.mod.Locals[name]; a != nil {
			v = e.eval(a.Expr)
		}
	}
	e.memo[key] = v
	return v
}

// functions are the Terraform functions a child module's placement values commonly use.
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
