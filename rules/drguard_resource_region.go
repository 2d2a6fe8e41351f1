package rules

import (
	"fmt"

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
// zone in one. Resources already bound to a primary provider configuration are left to
// drguard_primary_provider_resource.
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
		if b.Kind != "resource" || allowed.Match(b.Type) {
			continue
		}
		if b.Provider != nil {
			if _, primary := m.Primary(*b.Provider); primary {
				continue
			}
		}
		for _, p := range m.Placements(b) {
			msg := fmt.Sprintf("%s sets %s = %q, in the primary region %s: the DR configuration would create it in the primary region. Use a DR region, or remove the argument to inherit the DR provider's region.",
				b.Address(), p.Argument, p.Value, p.Region)
			if err := runner.EmitIssue(r, msg, p.Attr.Range); err != nil {
				return err
			}
		}
	}
	return nil
}
