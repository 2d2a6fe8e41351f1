package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/region"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// ProviderRegionRule flags provider configurations whose region breaks the DR layout: a default
// configuration in a primary region, a primary-named one outside primary_regions, and (with
// dr_regions) any other one outside dr_regions.
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

// Check judges every provider configuration with a known region.
func (r *ProviderRegionRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	dr := region.Set{}
	for _, region := range m.Settings.DRRegions {
		dr.Add(region)
	}
	for _, p := range m.Providers {
		for _, msg := range providerRegionProblems(m, p, dr) {
			if err := runner.EmitIssue(r, msg, p.RegionAttr.Range); err != nil {
				return err
			}
		}
	}
	return nil
}

func providerRegionProblems(m *model.Model, p *model.ProviderConfig, dr region.Set) []string {
	if p.RegionAttr == nil {
		return nil
	}
	named := m.PrimaryNamed(p.Alias)
	var out []string
	for _, region := range sortedRegions(p) {
		primary := m.PrimaryRegions.Has(region)
		switch {
		case p.Alias == "" && primary:
			out = append(out, fmt.Sprintf("The default %s provider configuration targets the primary region %s: every resource without a provider argument would be created there. Point it at a DR region and read the primary through an aliased configuration (alias = %q).", p.Name, region, primaryAlias(m)))
		case named && len(m.Settings.PrimaryRegions) > 0 && !primary:
			out = append(out, fmt.Sprintf("The primary provider configuration %s targets %s, which is not in primary_regions (%s): the data bridge would read the wrong region. Set its region to a primary region, or fix primary_regions.", p.Key(), region, m.PrimaryRegions))
		case !named && !primary && len(dr) > 0 && !dr.Has(region):
			out = append(out, fmt.Sprintf("The provider configuration %s targets %s, which is neither a primary region nor in dr_regions (%s). Set its region to a DR region, or add %s to dr_regions.", p.Key(), region, dr, region))
		}
	}
	return out
}

// sortedRegions lists a configuration's known regions, one per distinct region.
func sortedRegions(p *model.ProviderConfig) []string {
	set := region.Set{}
	for _, region := range p.Regions() {
		set.Add(region)
	}
	return set.List()
}

func primaryAlias(m *model.Model) string {
	if len(m.Settings.PrimaryAliases) > 0 {
		return m.Settings.PrimaryAliases[0]
	}
	return "primary"
}
