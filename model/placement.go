package model

import (
	"github.com/drguard/tflint-ruleset-drguard/region"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
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
	// Instance is the resource instance whose value it is ("" when not per instance).
	Instance string
	// InList marks a value that is one element of a list (availability_zones).
	InList bool
}

// Placements returns the primary placements of a block of a module: its own region, location
// and zone arguments (lists of zones judged element by element), and the replica blocks of
// replicaPlacements, literal or dynamic, evaluated for every instance of the block. A block
// known to have no instance has none; unknown values are never placements.
func (m *Model) Placements(mod *Module, b *Block) []Placement {
	insts, _ := mod.Instances(b)
	var out []Placement
	seen := map[[2]string]bool{}
	add := func(p Placement) {
		if k := [2]string{p.Argument, p.Value}; !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	for _, inst := range insts {
		for _, name := range placementAttributes {
			if a := b.Body.Attributes[name]; a != nil {
				for _, p := range m.placementsOf(mod, name, a, inst.Vars) {
					p.Instance = inst.String()
					add(p)
				}
			}
		}
		for _, path := range replicaPlacements[b.Type] {
			for _, n := range mod.nested(b.Body, path, inst.Vars, nil) {
				for _, p := range m.placementsOf(mod, path.String(), n.Attr, n.Vars) {
					p.Instance = inst.String()
					add(p)
				}
			}
		}
	}
	return out
}

func (m *Model) placementsOf(mod *Module, argument string, a *hclext.Attribute, vars Vars) []Placement {
	var out []Placement
	value := mod.eval.value(a.Expr, vars)
	inList := value.Type() != cty.String
	for _, v := range stringsOf(value) {
		r := v
		if !m.PrimaryRegions.Has(r) {
			r = region.OfZone(v)
		}
		if r != "" && m.PrimaryRegions.Has(r) {
			out = append(out, Placement{Argument: argument, Value: v, Region: m.PrimaryRegions.Written(r), Attr: a, InList: inList})
		}
	}
	return out
}
