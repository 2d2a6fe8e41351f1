package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// PrimaryProviderResourceRule flags resource and import blocks whose provider argument names a
// primary provider configuration.
type PrimaryProviderResourceRule struct {
	tflint.DefaultRule
}

// NewPrimaryProviderResourceRule returns the rule.
func NewPrimaryProviderResourceRule() *PrimaryProviderResourceRule {
	return &PrimaryProviderResourceRule{}
}

// Name returns the rule name.
func (r *PrimaryProviderResourceRule) Name() string { return "drguard_primary_provider_resource" }

// Enabled returns whether the rule is enabled by default.
func (r *PrimaryProviderResourceRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *PrimaryProviderResourceRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *PrimaryProviderResourceRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check reports every managed block bound to a primary provider configuration through its
// provider argument. Blocks without one are drguard_provider_region's business.
func (r *PrimaryProviderResourceRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	allowed, err := m.AllowedResourceTypes()
	if err != nil {
		return err
	}
	for _, b := range m.Blocks {
		if !b.Managed() || b.Provider == nil || allowed.Match(b.Type) {
			continue
		}
		why, primary := m.Primary(*b.Provider)
		if !primary {
			continue
		}
		msg := fmt.Sprintf("%s is bound to %s: a DR configuration may read the primary region but never write to it. Use a DR provider configuration, or move this resource to the primary configuration.", b.Address(), why)
		if err := runner.EmitIssue(r, msg, b.ProviderAttr.Range); err != nil {
			return err
		}
	}
	return nil
}
