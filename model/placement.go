package model

import (
	"slices"
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/region"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Placement is an argument of a managed resource that puts it, or a replica of it, in a
// primary region.
type Placement struct {
	// Argument is the argument's path in the resource: region, replica.region_name.
	Argument string
	// Value is the value as written (a region or a zone); Region is the primary region it is in.
	Value  string
	Region string
	Attr   *hclext.Attribute
}

// Placements returns the primary placements of a block: its own region, location, zone and
// availability zone arguments (lists judged element by element), and the replica blocks of
// replicaPlacements, evaluated in the block's module. Unknown values are never placements.
func (m *Model) Placements(mod *Module, b *Block) []Placement {
	var out []Placement
	for _, name := range placementAttributes {
		if a := b.Body.Attributes[name]; a != nil {
			out = append(out, m.placementsOf(mod, b, name, a)...)
		}
	}
	if rp, ok := replicaPlacements[b.Type]; ok {
		for _, a := range nestedAttributes(b.Body, rp.Blocks, rp.Attribute) {
			out = append(out, m.placementsOf(mod, b, strings.Join(append(append([]string{}, rp.Blocks...), rp.Attribute), "."), a)...)
		}
	}
	return out
}

func (m *Model) placementsOf(mod *Module, b *Block, argument string, a *hclext.Attribute) []Placement {
	var out []Placement
	for _, v := range mod.placementValues(b, a) {
		r := v
		if !m.PrimaryRegions.Has(r) {
			r = region.OfZone(v)
		}
		if r != "" && m.PrimaryRegions.Has(r) {
			out = append(out, Placement{Argument: argument, Value: v, Region: m.PrimaryRegions.Written(r), Attr: a})
		}
	}
	return out
}

// placementValues evaluates a placement argument: per instance when it is written with each
// in a for_each resource (the AWS provider v6 multi-region pattern), else once.
func (mod *Module) placementValues(b *Block, a *hclext.Attribute) []string {
	if fe := b.Body.Attributes["for_each"]; fe != nil {
		for _, t := range a.Expr.Variables() {
			if t.RootName() == "each" {
				var out []string
				for _, v := range mod.perInstance(fe.Expr, a.Expr) {
					out = append(out, stringsOf(v)...)
				}
				sort.Strings(out)
				return slices.Compact(out)
			}
		}
	}
	return stringsOf(mod.eval.value(a.Expr))
}

// nestedAttributes finds the attribute at the end of a path of nested block types, in every
// block along the way.
func nestedAttributes(body *hclext.BodyContent, blocks []string, attribute string) []*hclext.Attribute {
	if len(blocks) == 0 {
		if a := body.Attributes[attribute]; a != nil {
			return []*hclext.Attribute{a}
		}
		return nil
	}
	var out []*hclext.Attribute
	for _, b := range body.Blocks.OfType(blocks[0]) {
		out = append(out, nestedAttributes(b.Body, blocks[1:], attribute)...)
	}
	return out
}
