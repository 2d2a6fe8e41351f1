package model

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// Backend is this configuration's own state: its `terraform { backend }` or `cloud {}` block,
// completed by backend_config_file.
type Backend struct {
	// Type is the backend type ("cloud" for a cloud block).
	Type     string
	Block    *hclext.Block
	Location state.Location
	// FromFile lists the attributes that backend_config_file set.
	FromFile map[string]bool
}

// Range is where an issue about one of the backend's attributes goes: the attribute in the
// block, or the block itself when the value came from backend_config_file or is absent.
func (b *Backend) Range(attr string) hcl.Range {
	if a := b.Block.Body.Attributes[attr]; a != nil && !b.FromFile[attr] {
		return a.Range
	}
	return b.Block.DefRange
}

// RemoteState is a data "terraform_remote_state" block.
type RemoteState struct {
	Block *Block
	// Workspace is the workspace it reads (default "default"), when known.
	Workspace      string
	WorkspaceKnown bool
	// Backend is the backend type it reads ("" when not known).
	Backend string
	// Config is its evaluated config object (unknown when not known).
	Config   cty.Value
	Location state.Location
}

// Address is data.terraform_remote_state.NAME.
func (r *RemoteState) Address() string { return r.Block.Address() }

func (m *Model) backend(b *hclext.Block) *Backend {
	typ := "cloud"
	if b.Type == "backend" {
		typ = b.Labels[0]
	}
	values := map[string]cty.Value{}
	for name, a := range b.Body.Attributes {
		values[name] = m.eval.value(a.Expr, nil)
	}
	for _, ws := range b.Body.Blocks.OfType("workspaces") {
		inner := map[string]cty.Value{}
		for name, a := range ws.Body.Attributes {
			inner[name] = m.eval.value(a.Expr, nil)
		}
		values["workspaces"] = cty.ObjectVal(inner)
	}
	fromFile := map[string]bool{}
	for name, v := range m.Settings.BackendConfig {
		values[name] = v
		fromFile[name] = true
	}
	return &Backend{Type: typ, Block: b, Location: state.FromValues(typ, values), FromFile: fromFile}
}

func (mod *Module) remoteState(b *Block) *RemoteState {
	rs := &RemoteState{Block: b, Config: cty.DynamicVal}
	if a := b.Body.Attributes["backend"]; a != nil {
		rs.Backend, _ = knownString(mod.eval.value(a.Expr, nil))
	}
	if a := b.Body.Attributes["config"]; a != nil {
		rs.Config = mod.objectValue(a.Expr)
	}
	if a := b.Body.Attributes["workspace"]; a != nil {
		rs.Workspace, rs.WorkspaceKnown = knownString(mod.eval.value(a.Expr, nil))
	} else {
		rs.Workspace, rs.WorkspaceKnown = "default", true
	}
	if rs.Backend != "" {
		rs.Location = state.FromValues(rs.Backend, state.ObjectAttributes(rs.Config))
	}
	return rs
}

// objectValue evaluates an object expression. When the whole is not known (an attribute
// written with each.key of an unexpanded for_each), the attributes are evaluated one by one,
// so that the known ones (region, bucket) still count.
func (mod *Module) objectValue(expr hcl.Expression) cty.Value {
	v := mod.eval.value(expr, nil)
	obj, ok := expr.(*hclsyntax.ObjectConsExpr)
	if v.IsKnown() || !ok {
		return v
	}
	attrs := map[string]cty.Value{}
	for _, item := range obj.Items {
		key, ok := knownString(mod.eval.value(item.KeyExpr, nil))
		if !ok {
			return v
		}
		attrs[key] = mod.eval.value(item.ValueExpr, nil)
	}
	return cty.ObjectVal(attrs)
}

// ScopedRemoteState is a remote state of the root module or of a child module instance.
type ScopedRemoteState struct {
	*RemoteState
	// Child is the module instance it is written in; nil for the root module.
	Child *Child
}

// Address is the remote state's full address: module.bridge.data.terraform_remote_state.x.
func (s ScopedRemoteState) Address() string {
	if s.Child == nil {
		return s.RemoteState.Address()
	}
	return s.Child.Address + "." + s.RemoteState.Address()
}

// AllRemoteStates lists the remote states of the root module and of every child module.
func (m *Model) AllRemoteStates() []ScopedRemoteState {
	var out []ScopedRemoteState
	for _, rs := range m.RemoteStates {
		out = append(out, ScopedRemoteState{RemoteState: rs})
	}
	for _, call := range m.RootCalls() {
		call.Walk(func(c *Child) {
			if c.Module == nil {
				return
			}
			for _, rs := range c.Module.RemoteStates {
				out = append(out, ScopedRemoteState{RemoteState: rs, Child: c})
			}
		})
	}
	return out
}

// PrimaryLocation is a state location of the primary, and where drguard learned it.
type PrimaryLocation struct {
	Location state.Location
	// Source is "primary_state block N" or the address of the remote state that reads it.
	Source string
}

// IsPrimary reports whether a remote state reads the primary. When primary_state blocks are
// configured they decide: a block covers its key only, or its whole storage when it names no
// key (many teams keep every stack's state, DR stacks included, in one bucket). Without them,
// a remote state whose config names a primary region reads the primary.
func (m *Model) IsPrimary(rs *RemoteState) bool {
	if rs.Backend == "" {
		return false
	}
	if len(m.Settings.PrimaryStates) > 0 {
		for _, p := range m.Settings.PrimaryStates {
			if p.Includes(rs.Location) {
				return true
			}
		}
		return false
	}
	r := rs.Location.Region()
	return r != "" && m.PrimaryRegions.Has(r)
}

// PrimaryLocations are the primary_state blocks plus the location every primary remote state
// (of any module) reads.
func (m *Model) PrimaryLocations() []PrimaryLocation {
	var out []PrimaryLocation
	for i, p := range m.Settings.PrimaryStates {
		out = append(out, PrimaryLocation{Location: p, Source: fmt.Sprintf("primary_state block %d", i+1)})
	}
	for _, rs := range m.AllRemoteStates() {
		if m.IsPrimary(rs.RemoteState) {
			out = append(out, PrimaryLocation{Location: rs.Location, Source: rs.Address()})
		}
	}
	return out
}

// AssumedRole is the role the remote state's config assumes (role_arn, or assume_role's
// role_arn); "" when it assumes none. known is false when the config is not known.
func (r *RemoteState) AssumedRole() (role string, known bool) {
	attrs := state.ObjectAttributes(r.Config)
	if attrs == nil {
		return "", false
	}
	v, ok := attrs["role_arn"]
	if !ok {
		if ar, has := attrs["assume_role"]; has {
			if !ar.IsKnown() {
				return "", false
			}
			v, ok = state.ObjectAttributes(ar)["role_arn"]
		}
	}
	if !ok || v.IsNull() {
		return "", true
	}
	return state.String(v)
}

// ConfigRange is the config argument's range, or the block's when it has none.
func (r *RemoteState) ConfigRange() hcl.Range {
	if a := r.Block.Body.Attributes["config"]; a != nil {
		return a.Range
	}
	return r.Block.DefRange
}
