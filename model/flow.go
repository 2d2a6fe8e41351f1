package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
)

// SourceKind is what a value's source is.
type SourceKind int

// The sources of values drguard follows.
const (
	// RemoteStateSource is a terraform_remote_state: its outputs, or its config (Config).
	RemoteStateSource SourceKind = iota
	// PrimaryData is a data source read through a primary provider configuration, or placed in
	// a primary region by its own region.
	PrimaryData
	// PrimarySide is a managed resource of the primary side of a scoped configuration that
	// lives in the primary region.
	PrimarySide
)

// Flow is one way a value takes from its source to where it is used, found by static
// reference analysis of the expressions (no evaluation): through locals, expressions,
// functions, for expressions, module inputs and module outputs, at any depth.
type Flow struct {
	Kind SourceKind
	// Source is the reference it came from, with the module it is written in:
	// data.terraform_remote_state.NAME.outputs.OUTPUT, module.net.data.aws_vpc.main.id.
	Source string
	// Remote is the remote state read (RemoteStateSource).
	Remote *RemoteState
	// Primary says why the data source or resource is primary (PrimaryData, PrimarySide).
	Primary Primary
	// Config marks a value read from a remote state's own config; Value is its string value
	// when known.
	Config bool
	Value  string
	// Derived marks a value built from the source (a template, format, join...) rather than
	// the source's value itself.
	Derived bool
	// Chain lists the names the value passed through, from its use back to the source.
	Chain []string
	// Entry is the root module call argument through which it entered a child module; nil
	// when it did not pass one.
	Entry *hcl.Range

	// ref is the reference as names after the remote state's: [], [outputs], [outputs, NAME],
	// [config, ATTRIBUTE]; a reference that stops short is completed where it is used
	// (local.bridge.outputs.vpc_id, with local.bridge = data.terraform_remote_state.x).
	ref    []string
	prefix string
	// at is where in the value the source's value sits: the attribute names of the object
	// constructors it was written in ({ vpc = { id = ... } } gives [vpc, id]); empty when it is
	// the whole value. A reference that selects an attribute keeps the flows at that attribute.
	at []string
}

// Outputs reports whether the value comes from a remote state's outputs.
func (f Flow) Outputs() bool {
	return f.Kind == RemoteStateSource && len(f.ref) > 0 && f.ref[0] == "outputs"
}

// extend completes a remote state reference with the names a use adds after it.
func (f Flow) extend(more []string) Flow {
	if f.Kind != RemoteStateSource || len(more) == 0 || len(f.ref) >= 2 {
		return f
	}
	ref := append(append([]string{}, f.ref...), more...)
	if len(ref) > 2 {
		ref = ref[:2]
	}
	return f.Remote.flow(f.prefix, ref, f)
}

// flow makes the flow of a reference into the remote state.
func (r *RemoteState) flow(prefix string, ref []string, base Flow) Flow {
	f := base
	f.Kind, f.Remote, f.ref, f.prefix = RemoteStateSource, r, ref, prefix
	f.Source = prefix + strings.Join(append([]string{r.Address()}, ref...), ".")
	f.Config = len(ref) > 0 && ref[0] == "config"
	f.Value = ""
	if f.Config && len(ref) == 2 {
		f.Value, _ = knownString(state.ObjectAttributes(r.Config)[ref[1]])
	}
	return f
}

// FlowAnalyzer follows values from their sources through locals, for expressions,
// conditionals, splats, index expressions, function calls, module inputs and module outputs.
// One analyzer serves one Check; it memoises what it learns of each local value, module input
// and module output.
type FlowAnalyzer struct {
	model  *Model
	memo   map[string][]Flow
	active map[string]bool
}

// FlowAnalyzer returns a new analyzer over the model and its module tree.
func (m *Model) FlowAnalyzer() *FlowAnalyzer {
	return &FlowAnalyzer{model: m, memo: map[string][]Flow{}, active: map[string]bool{}}
}

// scope is where an expression is written: a module (child nil for the root) and, for a
// resource's arguments, the block (whose for_each gives each.value) and the iterators of the
// dynamic blocks around the argument (outermost first).
type scope struct {
	child     *Child
	mod       *Module
	block     *Block
	iterators []Iterator
}

// Flows returns the flows into an expression of a block of the child module (nil for the root
// module), written inside dynamic blocks with the given iterators (NestedAttribute.Iterators):
// from remote states, and from primary objects.
func (a *FlowAnalyzer) Flows(c *Child, b *Block, expr hcl.Expression, iterators ...Iterator) []Flow {
	return dedupe(a.expr(scope{child: c, mod: a.model.moduleOf(c), block: b, iterators: iterators}, expr))
}

// iterator follows a dynamic block's iterator (rule.value) to the block's for_each, which is
// written in the scope of the iterators around it; ok is false when no iterator has the name.
// The innermost iterator of a name shadows the others.
func (a *FlowAnalyzer) iterator(s scope, t hcl.Traversal) ([]Flow, bool) {
	for i := len(s.iterators) - 1; i >= 0; i-- {
		it := s.iterators[i]
		if it.Name != t.RootName() {
			continue
		}
		outer := scope{child: s.child, mod: s.mod, block: s.block, iterators: s.iterators[:i]}
		return prepend(a.expr(outer, it.ForEach), qualify(s.child, it.Name+".value")), true
	}
	return nil, false
}

func (a *FlowAnalyzer) expr(s scope, e hcl.Expression) []Flow {
	switch e := e.(type) {
	case nil:
		return nil
	case *hclsyntax.ScopeTraversalExpr:
		return a.traversal(s, e.Traversal)
	case *hclsyntax.RelativeTraversalExpr:
		if call, ok := moduleInstanceOf(e.Source); ok {
			names := attrNames(e.Traversal, true)
			if len(names) == 0 {
				return nil
			}
			return a.moduleOutput(s, call, "", false, names[0], names[1:])
		}
		return a.expr(s, e.Source)
	case *hclsyntax.ConditionalExpr:
		return append(a.expr(s, e.TrueResult), a.expr(s, e.FalseResult)...)
	case *hclsyntax.IndexExpr:
		return a.expr(s, e.Collection)
	case *hclsyntax.SplatExpr:
		return a.expr(s, e.Source)
	case *hclsyntax.ForExpr:
		return append(a.expr(s, e.CollExpr), a.expr(s, e.ValExpr)...)
	case *hclsyntax.ParenthesesExpr:
		return a.expr(s, e.Expression)
	case *hclsyntax.TemplateWrapExpr:
		return a.expr(s, e.Wrapped)
	case *hclsyntax.TemplateJoinExpr:
		return a.expr(s, e.Tuple)
	case *hclsyntax.BinaryOpExpr, *hclsyntax.UnaryOpExpr, *hclsyntax.LiteralValueExpr:
		return nil
	case *hclsyntax.FunctionCallExpr:
		return a.call(s, e)
	case *hclsyntax.TemplateExpr:
		return derived(a.exprs(s, e.Parts))
	case *hclsyntax.TupleConsExpr:
		return a.exprs(s, e.Exprs)
	case *hclsyntax.ObjectConsExpr:
		var out []Flow
		for _, item := range e.Items {
			flows := a.expr(s, item.ValueExpr)
			if key, ok := objectKey(item.KeyExpr); ok {
				flows = nest(flows, key)
			}
			out = append(out, flows...)
		}
		return out
	}
	var out []Flow
	for _, t := range e.Variables() {
		out = append(out, a.traversal(s, t)...)
	}
	return out
}

// valueFunctions return one of their arguments' values as they are; any other function builds
// a new value from them. keyArguments lists the arguments that only select (a key, an index)
// and whose value does not flow into the result.
var (
	valueFunctions = map[string]bool{
		"try": true, "one": true, "element": true, "lookup": true, "coalesce": true, "tolist": true,
		"toset": true, "tomap": true, "tostring": true, "concat": true, "flatten": true, "compact": true,
		"distinct": true, "reverse": true, "sort": true, "values": true, "merge": true, "coalescelist": true,
		"slice": true, "setunion": true, "setintersection": true, "sensitive": true, "nonsensitive": true,
	}
	keyArguments = map[string][]int{"lookup": {1}, "element": {1}, "slice": {1, 2}}
	// predicates return numbers or booleans: nothing flows through them.
	predicates = map[string]bool{"length": true, "contains": true, "index": true, "can": true, "alltrue": true, "anytrue": true, "startswith": true, "endswith": true}
)

// call follows a function's arguments into its result.
func (a *FlowAnalyzer) call(s scope, e *hclsyntax.FunctionCallExpr) []Flow {
	if predicates[e.Name] {
		return nil
	}
	var out []Flow
	for i, arg := range e.Args {
		if slices.Contains(keyArguments[e.Name], i) {
			continue
		}
		out = append(out, a.expr(s, arg)...)
	}
	if !valueFunctions[e.Name] {
		out = derived(out)
	}
	return out
}

func derived(flows []Flow) []Flow {
	for i := range flows {
		flows[i].Derived = true
	}
	return flows
}

func (a *FlowAnalyzer) exprs(s scope, es []hclsyntax.Expression) []Flow {
	var out []Flow
	for _, e := range es {
		out = append(out, a.expr(s, e)...)
	}
	return out
}

func (a *FlowAnalyzer) traversal(s scope, t hcl.Traversal) []Flow {
	if flows, ok := a.iterator(s, t); ok {
		return flows
	}
	switch t.RootName() {
	case "local":
		if name, ok := traversalAttr(t); ok {
			flows := a.named(s.mod, s.child, "local."+name, qualify(s.child, "local."+name), func() []Flow {
				if l := s.mod.Locals[name]; l != nil {
					return a.expr(scope{child: s.child, mod: s.mod}, l.Expr)
				}
				return nil
			})
			return extendAll(flows, attrNames(t[2:], true))
		}
	case "var":
		if name, ok := traversalAttr(t); ok && s.child != nil {
			flows := a.named(s.mod, s.child, "var."+name, qualify(s.child, "var."+name), func() []Flow {
				return a.moduleInput(s.child, name)
			})
			return extendAll(flows, attrNames(t[2:], true))
		}
	case "each":
		if s.block != nil {
			if fe := s.block.Body.Attributes["for_each"]; fe != nil {
				return prepend(a.expr(scope{child: s.child, mod: s.mod}, fe.Expr), qualify(s.child, "each.value"))
			}
		}
	case "module":
		ref, diags := addrs.ParseRef(t)
		if diags.HasErrors() {
			return nil
		}
		out, ok := ref.Subject.(addrs.ModuleCallInstanceOutput)
		if !ok {
			return nil
		}
		key, hasKey := instanceKey(out.Call.Key)
		return a.moduleOutput(s, out.Call.Call.Name, key, hasKey, out.Name, attrNames(ref.Remaining, true))
	}
	ref, diags := addrs.ParseRef(t)
	if diags.HasErrors() {
		return nil
	}
	var res addrs.Resource
	switch sub := ref.Subject.(type) {
	case addrs.Resource:
		res = sub
	case addrs.ResourceInstance:
		res = sub.Resource
	default:
		return nil
	}
	if res.Mode == addrs.DataResourceMode && res.Type == "terraform_remote_state" {
		return a.remoteState(s, res.Name, attrNames(ref.Remaining, true))
	}
	return a.object(s, res, attrNames(ref.Remaining, true))
}

// object is a reference to a resource or data source of the module: a source when it is a
// primary object (SPEC §1): a data source read through a primary configuration or placed in
// a primary region, or, in a scoped configuration, a managed resource of the primary side that
// lives there.
func (a *FlowAnalyzer) object(s scope, res addrs.Resource, rest []string) []Flow {
	address := res.Type + "." + res.Name
	kind := PrimarySide
	if res.Mode == addrs.DataResourceMode {
		address, kind = "data."+address, PrimaryData
	}
	b := s.mod.Block(address)
	if b == nil || (kind == PrimarySide && !a.model.PrimarySide(s.child, b)) {
		return nil
	}
	p, ok := a.model.PrimaryObject(s.child, b)
	if !ok {
		return nil
	}
	source := qualify(s.child, strings.Join(append([]string{address}, rest...), "."))
	return []Flow{{Kind: kind, Source: source, Primary: p}}
}

// extendAll follows the names a reference adds after a value (local.vpc.id): a flow written
// at an attribute of an object is kept only when the names select that attribute, and a remote
// state reference that stops short is completed.
func extendAll(flows []Flow, more []string) []Flow {
	out := make([]Flow, 0, len(flows))
	for _, f := range flows {
		rest := more
		for len(f.at) > 0 && len(rest) > 0 && f.at[0] == rest[0] {
			f.at, rest = f.at[1:], rest[1:]
		}
		if len(f.at) > 0 && len(rest) > 0 {
			continue
		}
		out = append(out, f.extend(rest))
	}
	return out
}

// nest places flows at an attribute of the object being built.
func nest(flows []Flow, key string) []Flow {
	for i := range flows {
		flows[i].at = append([]string{key}, flows[i].at...)
	}
	return flows
}

// objectKey is an object constructor's key when it is a name or a literal string.
func objectKey(expr hclsyntax.Expression) (string, bool) {
	if k := hcl.ExprAsKeyword(expr); k != "" {
		return k, true
	}
	if v, diags := expr.Value(nil); !diags.HasErrors() {
		return knownString(v)
	}
	return "", false
}

// remoteState is a reference into a remote state: the whole of it, its outputs or its config.
func (a *FlowAnalyzer) remoteState(s scope, name string, ref []string) []Flow {
	for _, rs := range s.mod.RemoteStates {
		if rs.Block.Name != name {
			continue
		}
		if len(ref) > 0 && ref[0] != "outputs" && ref[0] != "config" {
			return nil
		}
		if len(ref) > 2 {
			ref = ref[:2]
		}
		return []Flow{rs.flow(qualify(s.child, ""), ref, Flow{})}
	}
	return nil
}

// moduleInput follows a child module's variable to the caller's argument.
func (a *FlowAnalyzer) moduleInput(c *Child, name string) []Flow {
	arg, ok := c.Call.Arguments()[name]
	if !ok {
		return nil
	}
	parent := scope{child: c.Parent, mod: a.model.moduleOf(c.Parent)}
	flows := a.expr(parent, arg.Expr)
	if c.Parent == nil {
		rng := arg.Expr.Range()
		for i := range flows {
			if flows[i].Entry == nil {
				flows[i].Entry = &rng
			}
		}
	}
	return flows
}

// moduleOutput follows module.NAME.OUTPUT into the child module's output value, in every
// instance of the call.
func (a *FlowAnalyzer) moduleOutput(s scope, call, key string, hasKey bool, output string, rest []string) []Flow {
	var calls []*Child
	if s.child == nil {
		calls = a.model.Tree()
	} else {
		calls = s.child.Children
	}
	var out []Flow
	seen := map[*Child]bool{}
	for _, c := range calls {
		if c.Call.Name != call || (hasKey && c.Instance.Key != "" && c.Instance.Key != key) || c.Module == nil || seen[c] {
			continue
		}
		seen[c] = true
		o := c.Module.Outputs[output]
		if o == nil {
			continue
		}
		flows := a.named(c.Module, c, "output."+output, c.Address+"."+output, func() []Flow {
			return a.expr(scope{child: c, mod: c.Module}, o.Expr)
		})
		out = append(out, extendAll(flows, rest)...)
	}
	return out
}

// moduleInstanceOf reads module.NAME[KEY] written with a key that is not a literal
// (module.vpc[each.key]): the call, whichever of its instances the key names.
func moduleInstanceOf(e hclsyntax.Expression) (string, bool) {
	ix, ok := e.(*hclsyntax.IndexExpr)
	if !ok {
		return "", false
	}
	st, ok := ix.Collection.(*hclsyntax.ScopeTraversalExpr)
	if !ok || st.Traversal.RootName() != "module" || len(st.Traversal) != 2 {
		return "", false
	}
	name, ok := traversalAttr(st.Traversal)
	return name, ok
}

// instanceKey renders an instance key as Instance.Key does; ok is false for no key.
func instanceKey(k addrs.InstanceKey) (string, bool) {
	switch k := k.(type) {
	case addrs.IntKey:
		return strconv.Itoa(int(k)), true
	case addrs.StringKey:
		return string(k), true
	}
	return "", false
}

// named memoises the flows into a local value, module input or output of a module instance,
// prefixed with the name the chain shows (module.net.var.vpc_id, module.net.vpc_id).
func (a *FlowAnalyzer) named(mod *Module, c *Child, name, label string, flows func() []Flow) []Flow {
	key := fmt.Sprintf("%p/%p/%s", mod, c, name)
	if f, ok := a.memo[key]; ok {
		return f
	}
	if a.active[key] {
		return nil
	}
	a.active[key] = true
	f := prepend(flows(), label)
	delete(a.active, key)
	a.memo[key] = f
	return f
}

func prepend(flows []Flow, name string) []Flow {
	out := make([]Flow, len(flows))
	for i, f := range flows {
		f.Chain = append([]string{name}, f.Chain...)
		out[i] = f
	}
	return out
}

// qualify prefixes a name with the module it is written in: module.net.var.vpc_id.
func qualify(c *Child, name string) string {
	if c == nil {
		return name
	}
	if name == "" {
		return c.Address + "."
	}
	return c.Address + "." + name
}

func dedupe(flows []Flow) []Flow {
	seen := map[string]bool{}
	var out []Flow
	for _, f := range flows {
		k := strings.Join(append(append([]string{}, f.Chain...), f.Source), " <- ")
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// attrNames lists a traversal's names: its root, its attributes, and, with keys, its string
// index keys (outputs["x"]); other steps are skipped.
func attrNames(t hcl.Traversal, keys bool) []string {
	var out []string
	for _, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			out = append(out, s.Name)
		case hcl.TraverseAttr:
			out = append(out, s.Name)
		case hcl.TraverseIndex:
			if k, ok := knownString(s.Key); ok && keys {
				out = append(out, k)
			}
		}
	}
	return out
}
