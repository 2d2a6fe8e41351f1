package model

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// staticEvaluator evaluates a module's expressions in-process, as Terraform would for what is
// knowable before plan: variables come from a source (a child module's call arguments or
// defaults; the root module's values as TFLint knows them), locals are evaluated on demand,
// instance variables (count, each, dynamic iterators) come with the expression, a reference to
// an argument a resource or data source sets in configuration evaluates to that value, and
// Terraform's common functions are available. Computed attributes, module outputs and anything
// else are unknown.
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

// named is a variable's, local value's or configured argument's value; ok is false when it
// could not be evaluated in-process (an unknown function, a deferred reference).
type named struct {
	v  cty.Value
	ok bool
}

func newStaticEvaluator(mod *Module, dir string, variable func(hcl.Traversal) (cty.Value, bool)) *staticEvaluator {
	return &staticEvaluator{mod: mod, dir: dir, variable: variable, memo: map[string]named{}, active: map[string]bool{}}
}

// newChildEvaluator evaluates in a child module, whose call passes args, evaluated by the
// caller's evaluator with the call instance's variables.
func newChildEvaluator(mod *Module, args map[string]*hclext.Attribute, callVars Vars, caller evaluator, dir string) *staticEvaluator {
	var e *staticEvaluator
	e = newStaticEvaluator(mod, dir, func(t hcl.Traversal) (cty.Value, bool) {
		name, _ := traversalAttr(t)
		if a, ok := args[name]; ok {
			return caller.value(a.Expr, callVars), true
		}
		if decl := mod.Variables[name]; decl != nil {
			if d := decl.Body.Attributes["default"]; d != nil {
				return e.eval(d.Expr, nil)
			}
		}
		return cty.DynamicVal, true
	})
	return e
}

func (e *staticEvaluator) value(expr hcl.Expression, vars Vars) cty.Value {
	v, _ := e.try(expr, vars)
	return v
}

// try evaluates an expression with the given instance variables; ok is false when it cannot
// be evaluated in-process (the value is then unknown).
func (e *staticEvaluator) try(expr hcl.Expression, vars Vars) (cty.Value, bool) {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType), true
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.eval(expr, vars)
}

// unknownRoots are references that have no value before plan in a module of their own.
var unknownRoots = map[string]bool{"count": true, "each": true, "self": true, "module": true, "terraform": true}

func (e *staticEvaluator) eval(expr hcl.Expression, vars Vars) (cty.Value, bool) {
	ctx := map[string]cty.Value{}
	refs := map[string]map[string]cty.Value{"var": {}, "local": {}}
	objects := objectTree{}
	complete := true
	for _, t := range expr.Variables() {
		root := t.RootName()
		if v, ok := vars[root]; ok {
			ctx[root] = v
			continue
		}
		switch {
		case e.deferred[root]:
			return cty.DynamicVal, false
		case root == "path":
			ctx["path"] = cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(e.dir), "root": cty.StringVal(e.dir), "cwd": cty.StringVal(e.dir)})
		case refs[root] != nil:
			attr, ok := traversalAttr(t)
			if !ok {
				continue
			}
			n := e.named(root+"."+attr, func() named {
				if root == "var" {
					v, ok := e.variable(t)
					return named{v, ok}
				}
				if a := e.mod.Locals[attr]; a != nil {
					v, ok := e.eval(a.Expr, nil)
					return named{v, ok}
				}
				return named{cty.DynamicVal, true}
			})
			refs[root][attr] = n.v
			complete = complete && n.ok
		case unknownRoots[root]:
			ctx[root] = cty.DynamicVal
		default:
			n := e.configured(t)
			objects.put(n.path, n.v)
			complete = complete && n.ok
		}
	}
	for root, values := range refs {
		if len(values) > 0 {
			ctx[root] = cty.ObjectVal(values)
		}
	}
	for root, v := range objects.values() {
		ctx[root] = v
	}
	v, diags := expr.Value(&hcl.EvalContext{Variables: ctx, Functions: functions})
	if diags.HasErrors() {
		return cty.DynamicVal, false
	}
	return unmark(v), complete
}

// named returns a named value, evaluating it once; a reference cycle is unknown.
func (e *staticEvaluator) named(key string, eval func() named) named {
	if n, ok := e.memo[key]; ok {
		return n
	}
	if e.active[key] {
		return named{cty.DynamicVal, true}
	}
	e.active[key] = true
	defer delete(e.active, key)
	n := eval()
	e.memo[key] = n
	return n
}

// configuredRef is the value of a reference to a resource or data source, placed at its path
// in the evaluation context: [aws_s3_bucket, logs, bucket], [data, aws_vpc, main, "k", id].
type configuredRef struct {
	path []string
	named
}

// configured evaluates a reference to an argument that a resource or data source of the module
// sets in configuration (azurerm_resource_group.dr.location), in the instance the reference
// names. Anything else of a resource (a computed attribute such as id or arn, the whole
// object, every instance at once) is unknown.
func (e *staticEvaluator) configured(t hcl.Traversal) configuredRef {
	unknown := configuredRef{path: []string{t.RootName()}, named: named{cty.DynamicVal, true}}
	ref, diags := addrs.ParseRef(t)
	if diags.HasErrors() {
		return unknown
	}
	var res addrs.Resource
	var key addrs.InstanceKey
	switch s := ref.Subject.(type) {
	case addrs.Resource:
		res = s
	case addrs.ResourceInstance:
		res, key = s.Resource, s.Key
	default:
		return unknown
	}
	address := res.Type + "." + res.Name
	path := []string{res.Type, res.Name}
	if res.Mode == addrs.DataResourceMode {
		address = "data." + address
		path = []string{"data", res.Type, res.Name}
	}
	keyString, hasKey := instanceKey(key)
	if hasKey {
		path = append(path, keyString)
	}
	attr, ok := firstAttr(ref.Remaining)
	if !ok {
		return configuredRef{path: path, named: named{cty.DynamicVal, true}}
	}
	path = append(path, attr)
	b := e.mod.Block(address)
	if b == nil || b.Body.Attributes[attr] == nil || resourceMetaArgument[attr] {
		// Unknown at its own path: an expression that also uses a configured argument of the
		// object sees this attribute unknown, not missing (try() would take a missing one
		// for an error and fall back).
		return configuredRef{path: path, named: named{cty.DynamicVal, true}}
	}
	return configuredRef{path: path, named: e.named("configured."+address+"["+keyString+"]."+attr, func() named {
		insts, _ := expand(func(x hcl.Expression, vars Vars) cty.Value {
			v, _ := e.eval(x, vars)
			return v
		}, attrExpr(b.Body, "for_each"), attrExpr(b.Body, "count"), nil)
		for _, inst := range insts {
			if inst.Key == keyString {
				v, ok := e.eval(b.Body.Attributes[attr].Expr, inst.Vars)
				return named{v, ok}
			}
		}
		return named{cty.DynamicVal, true}
	})}
}

// resourceMetaArgument are the meta-arguments of a resource: not values of the object.
var resourceMetaArgument = map[string]bool{"provider": true, "count": true, "for_each": true}

func firstAttr(t hcl.Traversal) (string, bool) {
	if len(t) == 0 {
		return "", false
	}
	a, ok := t[0].(hcl.TraverseAttr)
	return a.Name, ok
}

// traversalAttr is the name a var.NAME or local.NAME traversal refers to.
func traversalAttr(t hcl.Traversal) (string, bool) {
	if len(t) < 2 {
		return "", false
	}
	attr, ok := t[1].(hcl.TraverseAttr)
	return attr.Name, ok
}

// objectTree builds the objects of configured references: nested maps whose leaves are values.
// A path that is both a leaf and a prefix of another is unknown.
type objectTree map[string]any

func (o objectTree) put(path []string, v cty.Value) {
	node := o
	for i, name := range path {
		if i == len(path)-1 {
			if _, inner := node[name].(objectTree); !inner {
				node[name] = v
			}
			return
		}
		next, ok := node[name].(objectTree)
		if !ok {
			if _, leaf := node[name]; leaf {
				node[name] = cty.DynamicVal
				return
			}
			next = objectTree{}
			node[name] = next
		}
		node = next
	}
}

// values renders the tree's top level as cty values.
func (o objectTree) values() map[string]cty.Value {
	out := map[string]cty.Value{}
	for name, node := range o {
		switch n := node.(type) {
		case cty.Value:
			out[name] = n
		case objectTree:
			out[name] = cty.ObjectVal(n.values())
		}
	}
	return out
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
