package model

import (
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Flow is one way a value takes from a terraform_remote_state to where it is used, found by
// static reference analysis of the expressions (no evaluation).
type Flow struct {
	// Source is the reference it came from: data.terraform_remote_state.NAME.outputs.OUTPUT,
	// or data.terraform_remote_state.NAME.config.ATTRIBUTE.
	Source string
	// Remote is the remote state read.
	Remote *RemoteState
	// Config marks a value read from the remote state's own config; Value is its string value
	// when known.
	Config bool
	Value  string
	// Chain lists the names the value passed through, from its use back to the source.
	Chain []string
	// Entry is the root module call argument through which it entered a child module; nil
	// when it did not pass one.
	Entry *hcl.Range
}

// Path renders the flow from its use: "aws_route.r.route_table_id <- local.rt <- data...".
func (f Flow) Path(use string) string {
	return strings.Join(append(append([]string{use}, f.Chain...), f.Source), " <- ")
}

// FlowAnalyzer follows values from remote states through locals, for expressions,
// conditionals, splats, index expressions, function calls and module inputs. One analyzer
// serves one Check; it memoises what it learns of each local value and module input.
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
// resource's arguments, the block (whose for_each gives each.value).
type scope struct {
	child *Child
	mod   *Module
	block *Block
}

// Flows returns the flows from remote states into an expression of a block of the child
// module (nil for the root module).
func (a *FlowAnalyzer) Flows(c *Child, b *Block, expr hcl.Expression) []Flow {
	mod := a.model.Module
	if c != nil {
		mod = c.Module
	}
	return dedupe(a.expr(scope{child: c, mod: mod, block: b}, expr))
}

func (a *FlowAnalyzer) expr(s scope, e hcl.Expression) []Flow {
	switch e := e.(type) {
	case nil:
		return nil
	case *hclsyntax.ScopeTraversalExpr:
		return a.traversal(s, e.Traversal)
	case *hclsyntax.RelativeTraversalExpr:
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
		return a.exprs(s, e.Args)
	case *hclsyntax.TemplateExpr:
		return a.exprs(s, e.Parts)
	case *hclsyntax.TupleConsExpr:
		return a.exprs(s, e.Exprs)
	case *hclsyntax.ObjectConsExpr:
		var out []Flow
		for _, item := range e.Items {
			out = append(out, a.expr(s, item.ValueExpr)...)
		}
		return out
	}
	var out []Flow
	for _, t := range e.Variables() {
		out = append(out, a.traversal(s, t)...)
	}
	return out
}

func (a *FlowAnalyzer) exprs(s scope, es []hclsyntax.Expression) []Flow {
	var out []Flow
	for _, e := range es {
		out = append(out, a.expr(s, e)...)
	}
	return out
}

func (a *FlowAnalyzer) traversal(s scope, t hcl.Traversal) []Flow {
	names := attrNames(t)
	switch t.RootName() {
	case "data":
		if len(names) >= 4 && names[1] == "terraform_remote_state" && (names[3] == "outputs" || names[3] == "config") {
			return a.remoteState(s, names)
		}
	case "local":
		if len(names) >= 2 {
			return a.named(s.mod, s.child, "local."+names[1], func() []Flow {
				if l := s.mod.Locals[names[1]]; l != nil {
					return a.expr(scope{child: s.child, mod: s.mod}, l.Expr)
				}
				return nil
			})
		}
	case "var":
		if len(names) >= 2 && s.child != nil {
			return a.named(s.mod, s.child, "var."+names[1], func() []Flow {
				return a.moduleInput(s.child, names[1])
			})
		}
	case "each":
		if s.block != nil {
			if fe := s.block.Body.Attributes["for_each"]; fe != nil {
				return prepend(a.expr(scope{child: s.child, mod: s.mod}, fe.Expr), qualify(s.child, "each.value"))
			}
		}
	}
	return nil
}

// remoteState is a reference into a remote state's outputs or config.
func (a *FlowAnalyzer) remoteState(s scope, names []string) []Flow {
	var rs *RemoteState
	for _, r := range s.mod.RemoteStates {
		if r.Block.Name == names[2] {
			rs = r
		}
	}
	if rs == nil {
		return nil
	}
	source := strings.Join(names[:min(len(names), 5)], ".")
	f := Flow{Source: qualify(s.child, source), Remote: rs, Config: names[3] == "config"}
	if f.Config && len(names) >= 5 {
		f.Value, _ = knownString(state.ObjectAttributes(rs.Config)[names[4]])
	}
	return []Flow{f}
}

// moduleInput follows a child module's variable to the caller's argument.
func (a *FlowAnalyzer) moduleInput(c *Child, name string) []Flow {
	arg, ok := c.Call.Arguments()[name]
	if !ok {
		return nil
	}
	parent := scope{child: c.Parent, mod: a.model.Module}
	if c.Parent != nil {
		parent.mod = c.Parent.Module
	}
	flows := a.expr(parent, arg)
	if c.Parent == nil {
		rng := arg.Range()
		for i := range flows {
			if flows[i].Entry == nil {
				flows[i].Entry = &rng
			}
		}
	}
	return flows
}

// named memoises the flows into a local value or module input, prefixed with its name.
func (a *FlowAnalyzer) named(mod *Module, c *Child, name string, flows func() []Flow) []Flow {
	key := fmt.Sprintf("%p/%s", mod, name)
	if f, ok := a.memo[key]; ok {
		return f
	}
	if a.active[key] {
		return nil
	}
	a.active[key] = true
	f := prepend(flows(), qualify(c, name))
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
	return c.Address + "." + name
}

func dedupe(flows []Flow) []Flow {
	seen := map[string]bool{}
	var out []Flow
	for _, f := range flows {
		k := f.Path("")
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// attrNames lists a traversal's root and attribute names; a string index (outputs["x"])
// counts as a name, other index steps are skipped.
func attrNames(t hcl.Traversal) []string {
	var out []string
	for _, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			out = append(out, s.Name)
		case hcl.TraverseAttr:
			out = append(out, s.Name)
		case hcl.TraverseIndex:
			if k, ok := knownString(s.Key); ok {
				out = append(out, k)
			}
		}
	}
	return out
}
