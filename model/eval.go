package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/logger"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// evaluator evaluates expressions of one module as Terraform would. An expression it cannot
// evaluate (a reference it does not know, an error in the expression) is unknown: drguard
// judges only what it knows, and leaves invalid configurations to `terraform validate`.
type evaluator interface {
	value(expr hcl.Expression) cty.Value
	// valueEach evaluates with each.key and each.value bound (an instance of a for_each
	// module call written in this module).
	valueEach(expr hcl.Expression, each cty.Value) cty.Value
}

// runnerEvaluator evaluates in the root module through TFLint. Literals (no references) are
// evaluated in-process; only expressions with references cost a runner round trip.
type runnerEvaluator struct {
	runner tflint.Runner
}

// value returns the expression's value, unmarked.
func (e runnerEvaluator) value(expr hcl.Expression) cty.Value {
	if expr == nil {
		return cty.NullVal(cty.DynamicPseudoType)
	}
	refs := expr.Variables()
	if len(refs) == 0 {
		if v, diags := expr.Value(nil); !diags.HasErrors() {
			return unmark(v)
		}
	} else if !refersToKnowable(refs) {
		return cty.DynamicVal
	}
	var v cty.Value
	if err := e.runner.EvaluateExpr(expr, &v, nil); err != nil {
		logger.Debug("drguard: cannot evaluate %s: %s", expr.Range(), err)
		return cty.DynamicVal
	}
	return unmark(v)
}

// valueEach evaluates an expression written with each in-process; TFLint cannot bind each for
// an unexpanded block, so one that mixes each with other references is unknown.
func (e runnerEvaluator) valueEach(expr hcl.Expression, each cty.Value) cty.Value {
	onlyEach, usesEach := true, false
	for _, t := range expr.Variables() {
		usesEach = usesEach || t.RootName() == "each"
		onlyEach = onlyEach && t.RootName() == "each"
	}
	switch {
	case !usesEach:
		return e.value(expr)
	case onlyEach:
		return valueWith(expr, map[string]cty.Value{"each": each})
	}
	return cty.DynamicVal
}

// knowableRoots are the references TFLint can know before plan; resources, data sources,
// modules, count and each (not expanded) are unknown.
var knowableRoots = map[string]bool{"var": true, "local": true, "path": true, "terraform": true}

// refersToKnowable reports whether any reference can have a value before plan: when none can,
// asking TFLint is a round trip for an unknown value.
func refersToKnowable(refs []hcl.Traversal) bool {
	for _, t := range refs {
		if knowableRoots[t.RootName()] {
			return true
		}
	}
	return false
}

// valueWith evaluates an expression in-process against the given variables (each.key and
// each.value of a provider instance). It returns an unknown value when that fails.
func valueWith(expr hcl.Expression, vars map[string]cty.Value) cty.Value {
	v, diags := expr.Value(&hcl.EvalContext{Variables: vars})
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	return unmark(v)
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
