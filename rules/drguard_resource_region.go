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

// ResourceRegionRule flags managed resources that place themselves in a primary region through
// their own region, location or zone arguments, or a replica block.
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

// Check reports each placement argument of a managed resource that names a primary region or a
// zone in one: in the root module at the argument, and in child modules (values reaching them
// through module inputs and locals) at the root module call. Resources bound to a primary
// provider configuration are left to drguard_primary_provider_resource and
// drguard_primary_provider_module.
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
		if !r.judged(b, allowed) {
			continue
		}
		if b.Provider != nil {
			if _, primary := m.Primary(*b.Provider); primary {
				continue
			}
		}
		for _, p := range m.Placements(m.Module, b) {
			if err := runner.EmitIssue(r, placementMessage(b.Address(), p, ""), p.Attr.Range); err != nil {
				return err
			}
		}
	}
	for _, call := range m.RootCalls() {
		var msgs []string
		call.Walk(func(c *model.Child) {
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if !r.judged(b, allowed) {
					continue
				}
				if binding, ok := m.Bind(c, b); ok {
					if _, primary := m.PrimaryBinding(binding); primary {
						continue
					}
				}
				for _, p := range m.Placements(c.Module, b) {
					at := fmt.Sprintf(" (%s:%d)", m.Relative(p.Attr.Range.Filename), p.Attr.Range.Start.Line)
					if msg := placementMessage(c.Address+"."+b.Address(), p, at); !slices.Contains(msgs, msg) {
						msgs = append(msgs, msg)
					}
				}
			}
		})
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

func placementMessage(address string, p model.Placement, at string) string {
	fix := "Use a DR region, or remove the argument to inherit the DR provider's region."
	switch {
	case strings.Contains(p.Argument, "."):
		fix = "Replicate to a DR region, or manage this replica from the primary configuration."
	case strings.Contains(p.Argument, "zone"):
		fix = "Use a zone of a DR region."
	}
	return fmt.Sprintf("%s sets %s = %q%s, in the primary region %s: the DR configuration would create it in the primary region. %s",
		address, p.Argument, p.Value, at, p.Region, fix)
}
