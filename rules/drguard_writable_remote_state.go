package rules

import (
	"fmt"
	"slices"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// WritableRemoteStateRule flags remote-state references used to write: a primary output that
// selects the object a managed resource creates in or modifies, a remote state that reads
// this configuration's own state, a resource that targets the primary's state storage, and
// (with read_only_role_pattern) a primary remote state read without the read-only role.
type WritableRemoteStateRule struct {
	tflint.DefaultRule
}

// NewWritableRemoteStateRule returns the rule.
func NewWritableRemoteStateRule() *WritableRemoteStateRule {
	return &WritableRemoteStateRule{}
}

// Name returns the rule name.
func (r *WritableRemoteStateRule) Name() string { return config.WritableRule }

// Enabled returns whether the rule is enabled by default.
func (r *WritableRemoteStateRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *WritableRemoteStateRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *WritableRemoteStateRule) Link() string { return project.ReferenceLink(r.Name()) }

// issue is a finding waiting to be emitted.
type issue struct {
	msg string
	rng hcl.Range
}

// Check runs the four facets over the root module and its module tree.
func (r *WritableRemoteStateRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	sinks, err := m.SinkTable()
	if err != nil {
		return err
	}
	w := writes{m: m, sinks: sinks, flows: m.FlowAnalyzer(), targets: primaryTargets(m)}
	issues := r.ownState(m)
	issues = append(issues, r.readOnlyRole(m, sinks)...)
	issues = append(issues, w.module(nil, m.Module, nil)...)
	for _, call := range m.RootCalls() {
		call.Walk(func(c *model.Child) {
			if c.Module != nil {
				issues = append(issues, w.module(c, c.Module, &call.Call.Block.DefRange)...)
			}
		})
	}
	emitted := map[issue]bool{}
	for _, is := range issues {
		if emitted[is] {
			continue
		}
		emitted[is] = true
		if err := runner.EmitIssue(r, is.msg, is.rng); err != nil {
			return err
		}
	}
	return nil
}

// writes judges what managed resources write to: facets (a) and (c).
type writes struct {
	m       *model.Model
	sinks   model.SinkTable
	flows   *model.FlowAnalyzer
	targets []target
}

// module judges every target argument of the module's resources. Issues in a child module
// go on the root module call (at), unless the value entered through one of its arguments.
func (w writes) module(c *model.Child, mod *model.Module, at *hcl.Range) []issue {
	var out []issue
	for _, b := range mod.Blocks {
		if b.Kind != "resource" {
			continue
		}
		for _, arg := range w.sinks.Targets(b.Type) {
			a := b.Body.Attributes[arg]
			if a == nil {
				continue
			}
			rng := a.Range
			if at != nil {
				rng = *at
			}
			if is, ok := w.argument(c, mod, b, arg, a.Expr, rng); ok {
				out = append(out, is)
			}
		}
	}
	return out
}

// argument judges one target argument: a primary output flowing into a sink (facet a), or a
// name of the primary's state storage, through the remote state's config or as a value (c).
func (w writes) argument(c *model.Child, mod *model.Module, b *model.Block, arg string, expr hcl.Expression, rng hcl.Range) (issue, bool) {
	use := qualified(c, b.Address()) + "." + arg
	found := w.flows.Flows(c, b, expr)
	if slices.Contains(w.sinks.Arguments(b.Type), arg) {
		for _, f := range found {
			if !f.Outputs() || !w.m.IsPrimary(f.Remote) {
				continue
			}
			if f.Entry != nil {
				rng = *f.Entry
			}
			return issue{fmt.Sprintf("%s selects an object of the primary from its remote state: %s. The data bridge is read-only: a DR configuration may point at primary objects, but must not create in or modify them. Use a DR-side object here, or manage this in the primary configuration.", use, f.Path(use)), rng}, true
		}
	}
	for _, f := range found {
		if f.Config && !f.Derived && primaryTarget(f.Value, w.targets) != nil {
			if f.Entry != nil {
				rng = *f.Entry
			}
			return issue{fmt.Sprintf("%s names the primary's state storage %s: %s. The DR configuration would write to the primary's state. Remove the resource, or point it at DR's own storage.", use, f.Value, f.Path(use)), rng}, true
		}
	}
	if len(w.targets) == 0 {
		return issue{}, false
	}
	for _, name := range mod.Strings(expr) {
		if t := primaryTarget(name, w.targets); t != nil {
			return issue{fmt.Sprintf("%s names %s, the primary's %s (%s): the DR configuration would write to the primary's state. Remove the resource, or point it at DR's own storage.", use, t.name, t.kind, t.source), rng}, true
		}
	}
	return issue{}, false
}

// target is a name of the primary's state storage (a bucket, a storage account, a lock table)
// and where drguard learned it.
type target struct {
	name, kind, source string
}

// primaryTargets lists the primary's state storage names, primary_state blocks first.
func primaryTargets(m *model.Model) []target {
	var out []target
	for _, p := range m.PrimaryLocations() {
		switch attr, name := p.Location.Storage(); attr {
		case "bucket":
			out = append(out, target{name, "state bucket", p.Source})
		case "storage_account_name":
			out = append(out, target{name, "state storage account", p.Source})
		}
		if t := p.Location.LockTable(); t != "" {
			out = append(out, target{t, "lock table", p.Source})
		}
	}
	return out
}

// primaryTarget finds the target a name is, if any.
func primaryTarget(name string, targets []target) *target {
	for i, t := range targets {
		if name != "" && state.SameName(name, t.name) {
			return &targets[i]
		}
	}
	return nil
}

// ownState reports remote states that read this configuration's own state (facet b).
func (r *WritableRemoteStateRule) ownState(m *model.Model) []issue {
	if m.Backend == nil {
		return nil
	}
	var out []issue
	for _, rs := range m.AllRemoteStates() {
		own := rs.Backend != "" && rs.WorkspaceKnown && rs.Workspace == "default" && m.Backend.Location.Covers(rs.Location) == state.SameState
		if !own {
			continue
		}
		out = append(out, issue{fmt.Sprintf("%s reads this configuration's own state (its %s backend): the bridge would read what it writes. Point it at the primary's state.", rs.Address(), m.Backend.Type), at(rs, rs.Block.DefRange)})
	}
	return out
}

// readOnlyRole reports primary remote states read without a role matching
// read_only_role_pattern (facet d).
func (r *WritableRemoteStateRule) readOnlyRole(m *model.Model, sinks model.SinkTable) []issue {
	if sinks.ReadOnlyRole() == nil {
		return nil
	}
	var out []issue
	for _, rs := range m.AllRemoteStates() {
		if !m.IsPrimary(rs.RemoteState) {
			continue
		}
		role, known := rs.AssumedRole()
		if !known || sinks.ReadOnlyRole().MatchString(role) {
			continue
		}
		what := "assumes no role"
		if role != "" {
			what = fmt.Sprintf("assumes %s", role)
		}
		out = append(out, issue{fmt.Sprintf("%s reads the primary's state but %s, which does not match read_only_role_pattern %q: the bridge could write to the primary. Set role_arn (or assume_role.role_arn) in its config to the primary's read-only role.", rs.Address(), what, sinks.ReadOnlyRole()), at(rs, rs.ConfigRange())})
	}
	return out
}

// at places an issue about a remote state: where it is written in the root module, or on the
// root module call a child module's remote state sits under.
func at(rs model.ScopedRemoteState, rng hcl.Range) hcl.Range {
	if rs.Child == nil {
		return rng
	}
	return rs.Child.Root().Call.Block.DefRange
}

func qualified(c *model.Child, address string) string {
	if c == nil {
		return address
	}
	return c.Address + "." + address
}
