package rules

import (
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// regionSource says where a provider takes its region from when the block sets none.
var regionSource = map[string]string{
	"aws":         "AWS_REGION or the profile",
	"awscc":       "AWS_REGION or the profile",
	"google":      "GOOGLE_REGION or the gcloud configuration",
	"google-beta": "GOOGLE_REGION or the gcloud configuration",
}

// ProviderRegionImplicitRule warns about regional provider configurations whose region drguard
// cannot know: it comes from the environment, or from a variable given no value.
type ProviderRegionImplicitRule struct {
	tflint.DefaultRule
}

// NewProviderRegionImplicitRule returns the rule.
func NewProviderRegionImplicitRule() *ProviderRegionImplicitRule {
	return &ProviderRegionImplicitRule{}
}

// Name returns the rule name.
func (r *ProviderRegionImplicitRule) Name() string { return "drguard_provider_region_implicit" }

// Enabled returns whether the rule is enabled by default.
func (r *ProviderRegionImplicitRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *ProviderRegionImplicitRule) Severity() tflint.Severity { return tflint.WARNING }

// Link returns the rule's documentation page.
func (r *ProviderRegionImplicitRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check reports provider blocks of regional providers without a region or whose region depends
// on a variable with no value, and, in a root module, regional providers used without any block
// for their default configuration (at their required_providers entry). With dr_scope, only the
// configurations the DR side uses.
func (r *ProviderRegionImplicitRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	uses := m.DRUses()
	for _, p := range m.Providers {
		source := regionSource[m.ProviderType(p.Name)]
		if source == "" || (uses != nil && !uses[p.Key()]) {
			continue
		}
		var msg string
		switch {
		case p.RegionAttr == nil:
			msg = fmt.Sprintf("The provider configuration %s sets no region: it comes from the environment (%s), so drguard cannot verify that it stays out of the primary region. Set region explicitly.", p.Key(), source)
		case p.Region == "" && len(p.Instances) == 0:
			missing := m.MissingVariables(p.RegionAttr.Expr)
			if len(missing) == 0 {
				continue
			}
			msg = fmt.Sprintf("The provider configuration %s takes its region from %s, which has no default and no value here, so drguard checked nothing about where it writes. Give it a value: tflint --var-file=FILE, or varfile = [\"FILE\"] in the config block of .tflint.hcl.", p.Key(), strings.Join(missing, " and "))
		default:
			continue
		}
		rng := p.Block.DefRange
		if p.RegionAttr != nil {
			rng = p.RegionAttr.Range
		}
		if err := runner.EmitIssue(r, msg, rng); err != nil {
			return err
		}
	}
	if m.IsChildModule() || !m.IsRoot() {
		// A reusable module, or a child module linted on its own (tflint --recursive with the
		// root's configuration), receives its configurations from its caller: where they point
		// is the caller's business.
		return nil
	}
	for _, name := range m.UsedDefaultProviders() {
		req := m.RequiredProviders[name]
		if req == nil || regionSource[req.Type] == "" || m.Config(name) != nil || (uses != nil && !uses[name]) {
			continue
		}
		msg := fmt.Sprintf("The %s provider is used without a provider %q block: its region comes from the environment, so drguard cannot verify that it stays out of the primary region. Add provider %q { region = \"<DR region>\" }.", name, name, name)
		if err := runner.EmitIssue(r, msg, req.Attr.Range); err != nil {
			return err
		}
	}
	return nil
}
