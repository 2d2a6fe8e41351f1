package rules

import (
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// maxListed is how many resources a module issue names before "and N more".
const maxListed = 10

// PrimaryProviderModuleRule flags module calls through which a managed resource would be
// bound to a primary provider configuration, at any depth, and module calls that cannot be
// inspected.
type PrimaryProviderModuleRule struct {
	tflint.DefaultRule
}

// NewPrimaryProviderModuleRule returns the rule.
func NewPrimaryProviderModuleRule() *PrimaryProviderModuleRule {
	return &PrimaryProviderModuleRule{}
}

// Name returns the rule name.
func (r *PrimaryProviderModuleRule) Name() string { return "drguard_primary_provider_module" }

// Enabled returns whether the rule is enabled by default.
func (r *PrimaryProviderModuleRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *PrimaryProviderModuleRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *PrimaryProviderModuleRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check walks each root module call's tree: one issue when it cannot be inspected, one when
// it hands a primary provider configuration to managed resources.
func (r *PrimaryProviderModuleRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	options, err := config.DecodeModule(runner)
	if err != nil {
		return err
	}
	allowed, err := m.AllowedResourceTypes()
	if err != nil {
		return err
	}
	trusted := func(c *model.Child) bool { return options.Trusts(c.Call.Name, c.Source) }
	for _, call := range m.RootCalls() {
		if !trusted(call.Instances[0]) {
			if msg := unverifiable(call, trusted); msg != "" {
				if err := runner.EmitIssue(r, msg, call.Call.Block.DefRange); err != nil {
					return err
				}
			}
		}
		if msg, rng := r.primaryUse(m, call, allowed); msg != "" {
			if err := runner.EmitIssue(r, msg, rng); err != nil {
				return err
			}
		}
	}
	return nil
}

// unverifiable describes the first module of the call's tree that cannot be inspected.
func unverifiable(call model.RootCall, trusted func(*model.Child) bool) string {
	var msg string
	call.Walk(func(c *model.Child) {
		root := c.Parent == nil
		if msg != "" || c.Problem == "" || (!root && trusted(c)) {
			return
		}
		where := ""
		if !root {
			where = " in " + c.Address
		}
		msg = fmt.Sprintf("%s cannot be verified:%s %s. drguard cannot tell which provider configurations its resources use: fix it, or list the module in trusted_modules of drguard_primary_provider_module.", call.Address, where, c.Problem)
	})
	return msg
}

// primaryUse lists the managed resources of the call's tree bound to a primary provider
// configuration, and where the configuration was handed over.
func (r *PrimaryProviderModuleRule) primaryUse(m *model.Model, call model.RootCall, allowed config.ResourceTypes) (string, hcl.Range) {
	var addrs []string
	seen := map[string]bool{}
	var why string
	rng := call.Call.Block.DefRange
	call.Walk(func(c *model.Child) {
		if c.Module == nil {
			return
		}
		for _, b := range c.Module.Blocks {
			if !b.Managed() || allowed.Match(b.Type) {
				continue
			}
			binding, ok := m.Bind(c, b)
			if !ok {
				continue
			}
			w, primary := m.PrimaryBinding(binding)
			addr := c.Address + "." + b.Type + "." + b.Name
			if !primary || seen[addr] {
				continue
			}
			if why == "" {
				why = w
				if binding.Via != nil {
					rng = binding.Via.Range
				}
			}
			seen[addr] = true
			addrs = append(addrs, addr)
		}
	})
	if len(addrs) == 0 {
		return "", rng
	}
	listed := strings.Join(addrs[:min(len(addrs), maxListed)], ", ")
	if len(addrs) > maxListed {
		listed += fmt.Sprintf(" and %d more", len(addrs)-maxListed)
	}
	return fmt.Sprintf("%s would manage resources with %s: %s. A DR configuration may read the primary region but never write to it: hand the module a DR provider configuration, or read the primary through data sources only.", call.Address, why, listed), rng
}
