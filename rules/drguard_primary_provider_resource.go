package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// PrimaryProviderResourceRule flags resource and import blocks of the DR side bound to a
// primary provider configuration: through their provider argument, or, with dr_scope, by
// inheriting a primary default configuration.
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

// Check reports every managed block of the root module's DR side bound to a primary provider
// configuration, once per block. Without dr_scope, blocks without a provider argument are
// drguard_provider_region's business (it reports their default configuration once); with it,
// a DR-side block that inherits a primary default is reported here, unless it names a primary
// region itself (then it is drguard_resource_region's).
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
		if !b.Managed() || allowed.Match(b.Type) || (b.Provider == nil && !m.Scoped()) {
			continue
		}
		binding, inst, p, primary := r.primaryInstance(m, b)
		if !primary {
			continue
		}
		rng := b.DefRange
		fix := "set its provider argument to a DR configuration, or leave it out of dr_scope."
		switch {
		case b.Provider != nil:
			rng = b.ProviderAttr.Range
			fix = "give it a DR provider configuration, or manage it in the primary configuration."
		case m.PrimaryRegions.Has(m.OwnRegion(nil, b, inst)):
			continue
		}
		msg := fmt.Sprintf("%s writes to %s through %s. A DR configuration may read the primary but never write to it: %s%s", b.Address(), in(p), through(p, binding), fix, allowedHint(b.Type))
		if err := runner.EmitIssue(r, msg, rng); err != nil {
			return err
		}
	}
	return nil
}

// primaryInstance finds the first instance of a block on the DR side that is bound to a
// primary configuration. A block known to have no instance is judged by its provider argument
// as written.
func (r *PrimaryProviderResourceRule) primaryInstance(m *model.Model, b *model.Block) (model.Binding, model.Instance, model.Primary, bool) {
	insts, _ := m.Instances(b)
	if len(insts) == 0 {
		insts = []model.Instance{{}}
	}
	for _, inst := range insts {
		if !m.DRBlock(b, inst) {
			continue
		}
		if binding, p, primary := m.BlockPrimary(nil, b, inst); primary {
			return binding, inst, p, true
		}
	}
	return model.Binding{}, model.Instance{}, model.Primary{}, false
}
