package model

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// Vars are the values of extra root names an expression is evaluated with: each or count of
// the block instance it is written in, and the iterators of the dynamic blocks around it.
type Vars map[string]cty.Value

// with returns the variables plus one more.
func (v Vars) with(name string, value cty.Value) Vars {
	out := make(Vars, len(v)+1)
	for k, x := range v {
		out[k] = x
	}
	out[name] = value
	return out
}

// Instance is one instance of a block or module call with count or for_each: its key and the
// count or each it binds.
type Instance struct {
	// Key is the instance key: the count index ("0") or the for_each key ("us-east-1"). Empty
	// for a block without count and for_each, or whose instances are not known.
	Key string
	// Counted marks a count index.
	Counted bool
	// Vars bind count.index or each.key and each.value (nil when none).
	Vars Vars
}

// String renders the key as Terraform writes it in an address: [0], ["us-east-1"]; "" when
// there is none.
func (i Instance) String() string {
	switch {
	case i.Counted:
		return "[" + i.Key + "]"
	case i.Key != "":
		return fmt.Sprintf("[%q]", i.Key)
	}
	return ""
}

// Instances returns the instances of a block. known is false when its count or for_each is not
// known: one instance is returned then, with count and each unknown. A block known to have no
// instance (count = 0, an empty for_each) gives none.
func (mod *Module) Instances(b *Block) ([]Instance, bool) {
	return mod.instances(attrExpr(b.Body, "for_each"), attrExpr(b.Body, "count"), nil)
}

// callInstances returns the instances of a module call.
func (mod *Module) callInstances(call *ModuleCall, vars Vars) ([]Instance, bool) {
	return mod.instances(attrExpr(call.Block.Body, "for_each"), attrExpr(call.Block.Body, "count"), vars)
}

func attrExpr(body *hclext.BodyContent, name string) hcl.Expression {
	if a := body.Attributes[name]; a != nil {
		return a.Expr
	}
	return nil
}

// instances expands a for_each or count, evaluated with outer variables, as Terraform does
// (https://developer.hashicorp.com/terraform/language/meta-arguments/for_each): a map or an
// object by key, a set of strings by value; count by index. A map's keys decide its
// instances, so a map whose values are not known yet (resource attributes) still expands,
// with each.value unknown; a set must be wholly known.
func (mod *Module) instances(forEach, count hcl.Expression, outer Vars) ([]Instance, bool) {
	return expand(mod.eval.value, forEach, count, outer)
}

// expand expands a for_each or count evaluated by eval.
func expand(eval func(hcl.Expression, Vars) cty.Value, forEach, count hcl.Expression, outer Vars) ([]Instance, bool) {
	switch {
	case forEach != nil:
		v := eval(forEach, outer)
		if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() || (v.Type().IsSetType() && !v.IsWhollyKnown()) {
			return []Instance{{}}, false
		}
		out := []Instance{}
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if v.Type().IsSetType() {
				k = e
			}
			key, ok := keyString(k)
			if !ok {
				continue
			}
			out = append(out, Instance{
				Key:  key,
				Vars: outer.with("each", cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(key), "value": e})),
			})
		}
		return out, true
	case count != nil:
		v := eval(count, outer)
		if !v.IsKnown() || v.IsNull() || v.Type() != cty.Number {
			return []Instance{{}}, false
		}
		n, acc := v.AsBigFloat().Int64()
		if acc != big.Exact || n < 0 {
			return []Instance{{}}, false
		}
		out := make([]Instance, 0, n)
		for i := int64(0); i < n && i < maxInstances; i++ {
			out = append(out, Instance{
				Key:     fmt.Sprint(i),
				Counted: true,
				Vars:    outer.with("count", cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)})),
			})
		}
		return out, true
	}
	return []Instance{{Vars: outer}}, true
}

// maxInstances bounds how many instances of one count drguard expands.
const maxInstances = 1000

// NestedAttribute is an attribute of a block or of a block nested in it, with the variables
// it is evaluated with: the block instance's, and the iterators of the dynamic blocks it is
// written in (Iterators, outermost first, for following values through them).
type NestedAttribute struct {
	Attr      *hclext.Attribute
	Vars      Vars
	Iterators []Iterator
}

// Iterator is the iterator of a dynamic block: its name and the block's for_each, which is
// written in the scope of the iterators around that block.
type Iterator struct {
	Name    string
	ForEach hcl.Expression
}

// NestedAttributes finds an argument of an instance of a block (vars its variables) by its
// path: "bucket", or through nested blocks, literal or dynamic, "rule.destination.bucket".
func (mod *Module) NestedAttributes(b *Block, path string, vars Vars) []NestedAttribute {
	return mod.nested(b.Body, strings.Split(path, "."), vars, nil)
}

// nested finds the attribute at the end of a path of nested block types, in literal blocks
// and in the content of `dynamic` blocks of those types, expanded per element of their
// for_each (https://developer.hashicorp.com/terraform/language/expressions/dynamic-blocks).
// A dynamic block whose for_each is not known contributes its content once, with its iterator
// unknown (as a block with an unknown count or for_each stands for its instances); one whose
// for_each is known to be empty contributes nothing.
func (mod *Module) nested(body *hclext.BodyContent, path nestedPath, vars Vars, iterators []Iterator) []NestedAttribute {
	if len(path) == 1 {
		if a := body.Attributes[path[0]]; a != nil {
			return []NestedAttribute{{Attr: a, Vars: vars, Iterators: iterators}}
		}
		return nil
	}
	var out []NestedAttribute
	for _, b := range body.Blocks {
		switch {
		case b.Type == path[0]:
			out = append(out, mod.nested(b.Body, path[1:], vars, iterators)...)
		case b.Type == "dynamic" && len(b.Labels) == 1 && b.Labels[0] == path[0]:
			it := Iterator{Name: b.Labels[0], ForEach: attrExpr(b.Body, "for_each")}
			if a := b.Body.Attributes["iterator"]; a != nil {
				if name := hcl.ExprAsKeyword(a.Expr); name != "" {
					it.Name = name
				}
			}
			inside := append(append([]Iterator{}, iterators...), it)
			insts, known := mod.instances(it.ForEach, nil, vars)
			for _, inst := range insts {
				element := cty.DynamicVal
				if known {
					element = inst.Vars["each"]
				}
				inner := vars.with(it.Name, element)
				for _, content := range b.Body.Blocks.OfType("content") {
					out = append(out, mod.nested(content.Body, path[1:], inner, inside)...)
				}
			}
		}
	}
	return out
}

// traversalOf returns the traversal an expression refers to, reading through index
// expressions whose key is not a literal (aws_s3_bucket.x[each.key]).
func traversalOf(expr hcl.Expression) hcl.Traversal {
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		return e.Traversal
	case *hclsyntax.IndexExpr:
		return traversalOf(e.Collection)
	case *hclsyntax.RelativeTraversalExpr:
		return append(traversalOf(e.Source), e.Traversal...)
	}
	return nil
}
