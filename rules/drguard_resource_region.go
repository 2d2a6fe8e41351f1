package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// ResourceRegionRule flags managed resources of the DR side that place themselves in a primary
// region through their own region, location or zone arguments, or a replica block.
type ResourceRegionRule struct {
	tflint.DefaultRule
}

// NewResourceRegionRule returns the rule.
func NewResourceRegionRule() *ResourceRegionRule {
	return &ResourceRegionRule{}
}

// Name returns the rule name.
func (r *ResourceRegionRule) Name() string { return "drguard_resource_region" }

// Enabled returns whether the rule is enabled by default.
func (r *ResourceRegionRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *ResourceRegionRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *ResourceRegionRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check reports each placement argument of a DR-side managed resource that names a primary
// region or a zone in one: in the root module at the argument, and in child modules (values
// reaching them through module inputs, locals and instances) at the root module call.
// Resources bound to a primary provider configuration are the other rules' business: through a
// provider argument or a module, drguard_primary_provider_*; a root resource that only
// inherits a primary default, drguard_provider_region (one issue for the configuration) —
// except with dr_scope, where such a DR-side resource that names a primary region itself is
// reported here only.
func (r *ResourceRegionRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	allowed, err := m.AllowedResourceTypes()
	if err != nil {
		return err
	}
	for _, b := range m.Blocks {
		if !r.judged(b, allowed) || !r.rootJudged(m, b) {
			continue
		}
		for _, p := range m.Placements(m.Module, b) {
			if err := runner.EmitIssue(r, placementMessage(b.Address(), b.Type, p, ""), p.Attr.Range); err != nil {
				return err
			}
		}
	}
	for _, call := range m.RootCalls() {
		var msgs []string
		for _, root := range call.Instances {
			if !m.DRChild(root) {
				continue
			}
			root.Walk(func(c *model.Child) {
				if c.Module == nil || c.Absent {
					return
				}
				for _, b := range c.Module.Blocks {
					if !r.judged(b, allowed) || r.bound(m, c, b) {
						continue
					}
					for _, p := range m.Placements(c.Module, b) {
						at := fmt.Sprintf(" (%s:%d)", m.Relative(p.Attr.Range.Filename), p.Attr.Range.Start.Line)
						if msg := placementMessage(c.Address+"."+b.Address(), b.Type, p, at); !slices.Contains(msgs, msg) {
							msgs = append(msgs, msg)
						}
					}
				}
			})
		}
		for _, msg := range msgs {
			if err := runner.EmitIssue(r, msg, call.Call.Block.DefRange); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *ResourceRegionRule) judged(b *model.Block, allowed config.ResourceTypes) bool {
	return b.Kind == "resource" && !allowed.Match(b.Type)
}

// rootJudged reports whether a root resource is this rule's: on the DR side (some instance),
// and not bound to a primary configuration, but for a scoped DR-side resource that only
// inherits a primary default.
func (r *ResourceRegionRule) rootJudged(m *model.Model, b *model.Block) bool {
	insts, _ := m.Instances(b)
	for _, inst := range insts {
		if !m.DRBlock(b, inst) {
			continue
		}
		binding, _, primary := m.BlockPrimary(nil, b, inst)
		if !primary || (m.Scoped() && binding.InheritsDefault()) {
			return true
		}
	}
	return false
}

// bound reports whether a child module's resource is bound to a primary configuration in some
// instance: drguard_primary_provider_module reports it. With dr_scope, a resource that only
// inherits a primary default is this rule's when it names a primary region itself.
func (r *ResourceRegionRule) bound(m *model.Model, c *model.Child, b *model.Block) bool {
	insts, _ := c.Module.Instances(b)
	for _, inst := range insts {
		if binding, _, primary := m.BlockPrimary(c, b, inst); primary && !(m.Scoped() && binding.InheritsDefault()) {
			return true
		}
	}
	return false
}

func placementMessage(address, resourceType string, p model.Placement, at string) string {
	setting := fmt.Sprintf("%s = %q", p.Argument, p.Value)
	if p.InList {
		setting = fmt.Sprintf("%s including %q", p.Argument, p.Value)
	}
	lead := fmt.Sprintf("%s%s is placed in %s (the primary region) by %s%s.", address, p.Instance, p.Region, setting, at)
	fix := "Use a DR region, or remove the argument to inherit the DR provider's region."
	switch {
	case p.Argument == "location":
		fix = "Use a DR location."
	case strings.Contains(p.Argument, "."):
		lead = fmt.Sprintf("%s%s creates a replica in %s (the primary region): %s%s.", address, p.Instance, p.Region, setting, at)
		fix = "Replicate to a DR region, or manage this replica from the primary configuration."
	case strings.Contains(p.Argument, "zone") || p.Argument == "node_locations":
		fix = "Use a zone of a DR region."
	}
	return fmt.Sprintf("%s A DR configuration may read the primary but never write to it. %s%s", lead, fix, allowedHint(resourceType))
}
