package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// PrimaryProviderModuleRule flags module calls of the DR side through which a managed resource
// would be bound to a primary provider configuration, at any depth, and module calls that
// cannot be inspected.
type PrimaryProviderModuleRule struct {
	tflint.DefaultRule
}

// NewPrimaryProviderModuleRule returns the rule.
func NewPrimaryProviderModuleRule() *PrimaryProviderModuleRule {
	return &PrimaryProviderModuleRule{}
}

// Name returns the rule name.
func (r *PrimaryProviderModuleRule) Name() string { return config.ModuleRule }

// Enabled returns whether the rule is enabled by default.
func (r *PrimaryProviderModuleRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *PrimaryProviderModuleRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *PrimaryProviderModuleRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check gives each root module call of the DR side one issue at most: the resources its tree
// would manage with a primary configuration, and the part of its tree that cannot be inspected
// (when that is to be reported), together.
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
	for _, call := range m.RootCalls() {
		var dr []*model.Child
		for _, c := range call.Instances {
			if m.DRChild(c) {
				dr = append(dr, c)
			}
		}
		if len(dr) == 0 {
			continue
		}
		use := primaryUse(m, dr, allowed)
		blind := unverifiable(m, dr, options)
		var msg string
		rng := call.Call.Block.DefRange
		switch {
		case use.count() > 0:
			msg = use.message(call.Address)
			if use.binding.Via != nil {
				rng = use.binding.Via.Range
			}
			if blind != nil {
				msg += blind.message(call.Address, true)
			}
		case blind != nil:
			msg = blind.message(call.Address, false)
		default:
			continue
		}
		if err := runner.EmitIssue(r, msg, rng); err != nil {
			return err
		}
	}
	return nil
}

// uses are the managed resources of a call's tree bound to a primary configuration, with the
// first one's reason.
type uses struct {
	addresses []string
	binding   model.Binding
	primary   model.Primary
}

func (u uses) count() int { return len(u.addresses) }

// message puts the uses in words.
func (u uses) message(address string) string {
	how := ""
	if u.binding.Via != nil {
		how = ", handed over in its providers map"
	}
	return fmt.Sprintf("%s creates %s in %s through %s%s: %s. Hand the module a DR provider configuration, or read the primary through data sources only.",
		address, plural(u.count(), "resource"), in(u.primary), through(u.primary, u.binding), how, listed(u.addresses))
}

// primaryUse lists the managed resources of the trees of a call's DR-side instances bound to a
// primary configuration. A module known to have no instance still counts: a count or for_each
// is a toggle away from the write.
func primaryUse(m *model.Model, instances []*model.Child, allowed config.ResourceTypes) uses {
	var out uses
	seen := map[string]bool{}
	for _, root := range instances {
		root.Walk(func(c *model.Child) {
			if c.Module == nil {
				return
			}
			for _, b := range c.Module.Blocks {
				if !b.Managed() || allowed.Match(b.Type) {
					continue
				}
				addr := c.Address + "." + b.Type + "." + b.Name
				if seen[addr] {
					continue
				}
				binding, p, primary := blockPrimary(m, c, b)
				if !primary || ownsPrimaryRegion(m, c, b, binding) {
					continue
				}
				if len(out.addresses) == 0 {
					out.binding, out.primary = binding, p
				}
				seen[addr] = true
				out.addresses = append(out.addresses, addr)
			}
		})
	}
	return out
}

// ownsPrimaryRegion reports whether, with dr_scope, a block that only inherits a primary
// default names a primary region itself: drguard_resource_region reports it, not this rule.
func ownsPrimaryRegion(m *model.Model, c *model.Child, b *model.Block, binding model.Binding) bool {
	if !m.Scoped() || !binding.InheritsDefault() {
		return false
	}
	insts, _ := c.Module.Instances(b)
	for _, inst := range insts {
		if m.PrimaryRegions.Has(m.OwnRegion(c, b, inst)) {
			return true
		}
	}
	return false
}

// blockPrimary judges every instance of a child module's block (as written when it has none).
func blockPrimary(m *model.Model, c *model.Child, b *model.Block) (model.Binding, model.Primary, bool) {
	insts, _ := c.Module.Instances(b)
	if len(insts) == 0 {
		insts = []model.Instance{{}}
	}
	for _, inst := range insts {
		if binding, p, primary := m.BlockPrimary(c, b, inst); primary {
			return binding, p, true
		}
	}
	return model.Binding{}, model.Primary{}, false
}

// blind is the first module of a call's tree that cannot be inspected and is to be reported.
type blind struct {
	// at is the module's address when it is below the root call ("" for the call itself).
	at      string
	problem *model.ModuleProblem
	// why says why it matters: what primary configuration or region it receives.
	why string
}

// message puts it in words as the issue's lead ("module.x cannot be inspected: ..."), or, with
// also, as a second sentence after the call's primary uses.
func (b *blind) message(address string, also bool) string {
	where := ""
	if b.at != "" {
		where = " in " + b.at
	}
	if also {
		return fmt.Sprintf(" It also cannot be fully inspected%s: %s. %s", where, problem(b.problem), remedy(b.problem))
	}
	return fmt.Sprintf("%s cannot be inspected%s: %s%s. %s", address, where, problem(b.problem), b.why, remedy(b.problem))
}

// unverifiable finds the first module of a call's tree that cannot be inspected and is to be
// reported: with unverifiable_modules = "primary" (the default), only one that receives a
// primary configuration or is told to work in a primary region, but always a cycle or a tree
// too large to follow; "all" reports every one, "none" none. A trusted module (by name or
// source) is never reported.
func unverifiable(m *model.Model, instances []*model.Child, options config.ModuleOptions) *blind {
	if options.Unverifiable == config.UnverifiableNone {
		return nil
	}
	var out *blind
	for _, root := range instances {
		root.Walk(func(c *model.Child) {
			if out != nil || c.Problem == nil || options.Trusts(c.Root().Call.Name, c.Root().Source) || options.Trusts(c.Call.Name, c.Source) {
				return
			}
			why := ""
			if options.Unverifiable == config.UnverifiablePrimary && c.Problem.Kind != model.TooLarge && c.Problem.Kind != model.Cycle {
				if binding, p, ok := m.ReceivesPrimary(c); ok {
					why = fmt.Sprintf(", and it receives %s, so it may write to %s", through(p, binding), in(p))
				} else if name, value, ok := m.RegionArgument(c); ok {
					why = fmt.Sprintf(", and it is told to work in a primary region (%s = %q)", name, value)
				} else {
					return
				}
			}
			out = &blind{problem: c.Problem, why: why}
			if c.Parent != nil {
				out.at = c.Address
			}
		})
	}
	return out
}

// problem puts why a module cannot be inspected in words.
func problem(p *model.ModuleProblem) string {
	switch p.Kind {
	case model.SourceUnknown:
		return "its source is not a known string"
	case model.NotInstalled:
		return fmt.Sprintf("its source %q is not installed", p.Source)
	case model.ManifestUnreadable:
		return fmt.Sprintf("its source %q cannot be looked up: %s %s", p.Source, p.File, p.Reason)
	case model.DirMissing:
		return fmt.Sprintf("its directory %s does not exist", p.Dir)
	case model.FileInvalid:
		if p.File == "" {
			return fmt.Sprintf("its directory %s does not parse: %s", p.Dir, p.Reason)
		}
		return fmt.Sprintf("%s:%d,%d: %s", p.File, p.Line, p.Column, p.Reason)
	case model.Cycle:
		return fmt.Sprintf("it calls %s (%s) again: the module reaches itself", p.Dir, p.Source)
	case model.TooLarge:
		return fmt.Sprintf("its module tree has more than %d module instances, and drguard stopped reading it at %s", p.Limit, p.Dir)
	}
	if p.File != "" {
		return fmt.Sprintf("%s %s", p.File, p.Reason)
	}
	return fmt.Sprintf("its directory %s %s", p.Dir, p.Reason)
}

// remedy says how to make a module inspectable.
func remedy(p *model.ModuleProblem) string {
	if p.Kind == model.NotInstalled {
		return "Run terraform init -backend=false (it installs modules without credentials or state), or list the module in trusted_modules of " + config.ModuleRule + "."
	}
	return "Fix it, or list the module in trusted_modules of " + config.ModuleRule + "."
}
