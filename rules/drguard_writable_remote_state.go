package rules

import (
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// WritableRemoteStateRule flags primary objects used to write: (a) a value from a primary object
// that selects the object a DR-side managed resource creates in or modifies, (b) a remote state
// that reads this configuration's own state, (c) a DR-side resource that targets the primary's
// state storage, and (d), with read_only_role_pattern, a primary remote state read without the
// read-only role.
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

// Check runs the four facets, in the order of the rule's page, over every module of the tree.
func (r *WritableRemoteStateRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil {
		return err
	}
	sinks, err := m.SinkTable()
	if err != nil {
		return err
	}
	w := &writes{m: m, sinks: sinks, flows: m.FlowAnalyzer(), targets: primaryTargets(m), reported: map[*hclext.Attribute]bool{}}
	var issues []issue
	m.WalkModules(func(c *model.Child, mod *model.Module) {
		issues = append(issues, w.primaryObjects(c, mod)...)
		issues = append(issues, w.ownState(c, mod)...)
		issues = append(issues, w.primaryState(c, mod)...)
		issues = append(issues, w.readOnlyRole(c, mod)...)
	})
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

// writes judges what a configuration's resources and remote states write to.
type writes struct {
	m       *model.Model
	sinks   model.SinkTable
	flows   *model.FlowAnalyzer
	targets []target
	// reported are the arguments facet (a) reported, which facet (c) leaves alone.
	reported map[*hclext.Attribute]bool
}

// argument is a sink or target argument of a DR-side resource that exists.
type argument struct {
	block *model.Block
	name  string
	attr  *hclext.Attribute
	// iterators are those of the dynamic blocks it is written in.
	iterators []model.Iterator
	// use is its full address: module.net.aws_route.r.route_table_id.
	use string
	rng hcl.Range
}

// arguments lists the arguments named by names(type) of a module's managed resources that
// are the DR side's and not bound to a primary configuration (drguard_primary_provider_*
// report those). An issue in a child module goes on its root module call.
func (w *writes) arguments(c *model.Child, mod *model.Module, names func(string) []string) []argument {
	var out []argument
	if c != nil && (c.Absent || !w.m.DRChild(c)) {
		return nil
	}
	for _, b := range mod.Blocks {
		if b.Kind != "resource" || !w.judged(c, mod, b) {
			continue
		}
		for _, name := range names(b.Type) {
			for _, a := range mod.NestedAttributes(b, name, nil) {
				arg := argument{block: b, name: name, attr: a.Attr, iterators: a.Iterators, use: qualified(c, b.Address()) + "." + name, rng: a.Attr.Range}
				if c != nil {
					arg.rng = c.Root().Call.Block.DefRange
				}
				out = append(out, arg)
			}
		}
	}
	return out
}

// judged reports whether a resource has an instance on the DR side that is not bound to a
// primary configuration.
func (w *writes) judged(c *model.Child, mod *model.Module, b *model.Block) bool {
	insts, _ := mod.Instances(b)
	for _, inst := range insts {
		if c == nil && !w.m.DRBlock(b, inst) {
			continue
		}
		if _, _, primary := w.m.BlockPrimary(c, b, inst); !primary {
			return true
		}
	}
	return false
}

// primaryObjects is facet (a): a value from a primary object flowing into a sink argument.
func (w *writes) primaryObjects(c *model.Child, mod *model.Module) []issue {
	var out []issue
	for _, arg := range w.arguments(c, mod, w.sinks.Arguments) {
		for _, f := range w.flows.Flows(c, arg.block, arg.attr.Expr, arg.iterators...) {
			what, primary := w.primarySource(f)
			if !primary {
				continue
			}
			rng := arg.rng
			if f.Entry != nil {
				rng = *f.Entry
			}
			w.reported[arg.attr] = true
			out = append(out, issue{fmt.Sprintf("%s writes into a primary object: %s comes from %s (%s). The data bridge is read-only: use a DR-side object here, or manage this in the primary configuration.%s",
				qualified(c, arg.block.Address()), arg.name, what, chain(arg.use, f), deliberate(arg.block.Type, arg.name)), rng})
			break
		}
	}
	return out
}

// deliberate is the way out of a deliberate write, for the sinks where one is usual: a record
// in the primary's hosted zone (a failover record).
func deliberate(resourceType, argument string) string {
	if !strings.Contains(resourceType, "record") {
		return ""
	}
	return fmt.Sprintf(" For a deliberate write, such as a failover record in the primary's zone, add %q to ignored_sinks of %s.", resourceType+"."+argument, config.WritableRule)
}

// primarySource describes a flow's source when it is a primary object.
func (w *writes) primarySource(f model.Flow) (string, bool) {
	switch f.Kind {
	case model.RemoteStateSource:
		if f.Outputs() && w.m.IsPrimary(f.Remote) {
			return "an output of the primary's remote state", true
		}
	case model.PrimaryData:
		return "a data source " + readIn(f.Primary), true
	case model.PrimarySide:
		return "a resource of the primary side " + readIn(f.Primary), true
	}
	return "", false
}

// readIn says how a primary object is primary: "in us-east-1 (the primary region) through the
// primary provider configuration aws.primary", "placed in uksouth (the primary region) by its
// own location".
func readIn(p model.Primary) string {
	if p.Own != "" {
		return "placed in " + in(p) + " by its own " + p.Own
	}
	return "in " + in(p) + " through " + through(p, model.Binding{})
}

// chain renders a flow from its use back to its source.
func chain(use string, f model.Flow) string {
	return strings.Join(append(append([]string{use}, f.Chain...), f.Source), " <- ")
}

// ownState is facet (b): a remote state that reads this configuration's own state.
func (w *writes) ownState(c *model.Child, mod *model.Module) []issue {
	if w.m.Backend == nil {
		return nil
	}
	var out []issue
	for _, rs := range mod.RemoteStates {
		own := rs.Backend != "" && rs.WorkspaceKnown && rs.Workspace == "default" && w.m.Backend.Location.Covers(rs.Location) == state.SameState
		if own {
			out = append(out, issue{fmt.Sprintf("%s reads this configuration's own state (its %s backend): the bridge would read what it writes. Point it at the primary's state.", qualified(c, rs.Address()), w.m.Backend.Type), at(c, rs.Block.DefRange)})
		}
	}
	return out
}

// primaryState is facet (c): a target argument naming the primary's state storage, through a
// remote state's config or as a value.
func (w *writes) primaryState(c *model.Child, mod *model.Module) []issue {
	var out []issue
	for _, arg := range w.arguments(c, mod, w.sinks.Targets) {
		if w.reported[arg.attr] {
			continue
		}
		if is, ok := w.target(c, mod, arg); ok {
			out = append(out, is)
		}
	}
	return out
}

func (w *writes) target(c *model.Child, mod *model.Module, arg argument) (issue, bool) {
	for _, f := range w.flows.Flows(c, arg.block, arg.attr.Expr, arg.iterators...) {
		if t := primaryTarget(f.Value, w.targets); f.Config && !f.Derived && t != nil {
			rng := arg.rng
			if f.Entry != nil {
				rng = *f.Entry
			}
			return issue{fmt.Sprintf("%s writes to the primary's %s %q: %s (%s). Remove the resource, or point it at DR's own storage.", qualified(c, arg.block.Address()), t.kind, t.name, chain(arg.use, f), t.source), rng}, true
		}
	}
	if len(w.targets) == 0 {
		return issue{}, false
	}
	insts, _ := mod.Instances(arg.block)
	for _, inst := range insts {
		for _, a := range mod.NestedAttributes(arg.block, arg.name, inst.Vars) {
			if a.Attr != arg.attr {
				continue
			}
			for _, name := range mod.Strings(a.Attr.Expr, a.Vars) {
				if t := primaryTarget(name, w.targets); t != nil {
					return issue{fmt.Sprintf("%s writes to the primary's %s %q: %s names it (%s). Remove the resource, or point it at DR's own storage.", qualified(c, arg.block.Address()), t.kind, t.name, arg.use, t.source), arg.rng}, true
				}
			}
		}
	}
	return issue{}, false
}

// readOnlyRole is facet (d): a primary remote state read without a role matching
// read_only_role_pattern.
func (w *writes) readOnlyRole(c *model.Child, mod *model.Module) []issue {
	pattern := w.sinks.ReadOnlyRole()
	if pattern == nil {
		return nil
	}
	var out []issue
	for _, rs := range mod.RemoteStates {
		if !w.m.IsPrimary(rs) {
			continue
		}
		role, known := rs.AssumedRole()
		if !known || pattern.MatchString(role) {
			continue
		}
		what := "assumes no role"
		if role != "" {
			what = "assumes " + role
		}
		out = append(out, issue{fmt.Sprintf("%s reads the primary's state without the read-only role: it %s, which does not match read_only_role_pattern %q, so the bridge could write to the primary. Set role_arn (or assume_role.role_arn) in its config to the primary's read-only role.", qualified(c, rs.Address()), what, pattern), at(c, rs.ConfigRange())})
	}
	return out
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

// at places an issue about a module's block: where it is written in the root module, or on the
// root module call a child module sits under.
func at(c *model.Child, rng hcl.Range) hcl.Range {
	if c == nil {
		return rng
	}
	return c.Root().Call.Block.DefRange
}

func qualified(c *model.Child, address string) string {
	if c == nil {
		return address
	}
	return c.Address + "." + address
}
