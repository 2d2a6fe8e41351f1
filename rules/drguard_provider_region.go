package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/region"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// ProviderRegionRule flags provider configurations whose region breaks the DR layout: a default
// configuration in a primary region, a primary-named one outside primary_regions, (with
// dr_regions) any other one outside dr_regions, and (with dr_scope) a configuration the scope
// selects as the DR side that is itself primary.
type ProviderRegionRule struct {
	tflint.DefaultRule
}

// NewProviderRegionRule returns the rule.
func NewProviderRegionRule() *ProviderRegionRule {
	return &ProviderRegionRule{}
}

// Name returns the rule name.
func (r *ProviderRegionRule) Name() string { return "drguard_provider_region" }

// Enabled returns whether the rule is enabled by default.
func (r *ProviderRegionRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *ProviderRegionRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *ProviderRegionRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check judges every provider configuration of the root module.
func (r *ProviderRegionRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	dr := region.NewSet(m.Settings.DRRegions...)
	uses := m.DRUses()
	for _, p := range m.Providers {
		for _, msg := range r.problems(m, p, dr, uses) {
			rng := p.Block.DefRange
			if p.RegionAttr != nil {
				rng = p.RegionAttr.Range
			}
			if err := runner.EmitIssue(r, msg, rng); err != nil {
				return err
			}
		}
	}
	return nil
}

// problems lists what is wrong with a configuration, one message each. uses, with dr_scope, are
// the configurations the DR side uses (nil without: every one counts).
func (r *ProviderRegionRule) problems(m *model.Model, p *model.ProviderConfig, dr region.Set, uses map[string]bool) []string {
	var out []string
	for _, ref := range m.ScopeSelects(p) {
		if why, primary := m.PrimaryRef(ref); primary {
			what := "is in " + in(why)
			if why.Named {
				what = "is primary-named"
			}
			out = append(out, fmt.Sprintf("%s is selected as the DR side by dr_scope providers but %s: the scope contradicts itself. Point %s at a DR region, or fix dr_scope.", ref, what, ref))
		}
	}
	if p.RegionAttr == nil {
		return out
	}
	named := m.PrimaryNamed(p.Alias)
	used := uses == nil || uses[p.Key()]
	for _, reg := range region.NewSet(p.Regions()...).List() {
		primary := m.PrimaryRegions.Has(reg)
		switch {
		case p.Alias == "" && primary && !m.Scoped():
			out = append(out, fmt.Sprintf("The default %s provider configuration is in %s (the primary region): every resource without a provider argument would be created there. Point it at a DR region, and read the primary through an aliased configuration (alias = %q).", p.Name, reg, model.PrimaryAlias(m.Settings)))
		case named && len(m.Settings.PrimaryRegions) > 0 && !primary:
			out = append(out, fmt.Sprintf("The primary provider configuration %s is in %s, which is not in primary_regions (%s): the data bridge would read the wrong region. Set its region to a primary region, or fix primary_regions.", p.Key(), reg, m.PrimaryRegions))
		case !named && !primary && used && len(dr) > 0 && !dr.Has(reg):
			out = append(out, fmt.Sprintf("The provider configuration %s is in %s, which is neither a primary region nor in dr_regions (%s). Set its region to a DR region, or add %s to dr_regions.", p.Key(), reg, dr, reg))
		}
	}
	return out
}
