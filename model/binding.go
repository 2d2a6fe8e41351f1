package model

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/region"
)

// Binding is the provider configuration a block ends up with: a configuration of the root
// module (Ref, with its instance key), or one a child module declares itself (Owned, in Owner).
// It follows Terraform's rules: an explicit provider argument wins; otherwise the default
// configuration of the provider the type implies, which a child module receives through its
// call's providers map or inherits from its caller by name
// (https://developer.hashicorp.com/terraform/language/modules/develop/providers).
type Binding struct {
	Ref   *ProviderRef
	Owned *ProviderConfig
	Owner *Child
	// OwnedRef is the reference to Owned, with the instance key the block gives.
	OwnedRef ProviderRef
	// Via is the entry of the root module call's providers map that handed the configuration
	// over; nil when it was inherited implicitly or is owned by a child.
	Via *ProviderPass
	// Inherited marks a block without a provider argument: it uses a default configuration.
	Inherited bool
}

// InheritsDefault reports whether the block inherits a default configuration of the root
// module: it has no provider argument, and no providers map of a root module call handed the
// configuration over.
func (b Binding) InheritsDefault() bool {
	return b.Inherited && b.Ref != nil && b.Ref.Alias == "" && b.Via == nil
}

// Primary says why a provider configuration is primary, as facts for a message.
type Primary struct {
	// Config is the configuration as referenced: aws.primary, aws.by_region["x"], aws.
	Config string
	// Named marks a configuration whose alias is in primary_aliases.
	Named bool
	// Region is the configuration's region when known: the primary region of one primary by
	// region.
	Region string
	// Instance is, for a for_each configuration whose instance is not known, the key of an
	// instance in a primary region.
	Instance string
	// Owner is the module that declares the configuration itself ("" for the root module's).
	Owner string
	// Own is, for an object placed in the primary region Region by its own argument whatever
	// its configuration, that argument: region, location or zone ("" otherwise).
	Own string
}

// PrimaryRef tells whether a reference to a configuration of the root module is primary.
func (m *Model) PrimaryRef(ref ProviderRef) (Primary, bool) {
	return m.primaryConfig(m.Config(ref.ConfigKey()), ref, "")
}

// PrimaryBinding tells whether a binding is a primary provider configuration.
func (m *Model) PrimaryBinding(b Binding) (Primary, bool) {
	switch {
	case b.Ref != nil:
		return m.PrimaryRef(*b.Ref)
	case b.Owned != nil:
		return m.primaryConfig(b.Owned, b.OwnedRef, b.Owner.Address)
	}
	return Primary{}, false
}

// primaryConfig judges a reference to a configuration (p nil when there is no block for it).
func (m *Model) primaryConfig(p *ProviderConfig, ref ProviderRef, owner string) (Primary, bool) {
	out := Primary{Config: ref.String(), Named: m.PrimaryNamed(ref.Alias), Owner: owner}
	if p != nil {
		out.Region = p.Region
	}
	if p != nil && p.ForEach {
		if r, ok := p.Instances[ref.Key]; ok && ref.HasKey && ref.KeyKnown {
			out.Region = r
		} else if !out.Named {
			return m.primaryInstance(p, out)
		}
	}
	if out.Named || (out.Region != "" && m.PrimaryRegions.Has(out.Region)) {
		return out, true
	}
	return Primary{}, false
}

// primaryInstance judges a reference to a for_each configuration whose instance is not known:
// it is primary when any instance is.
func (m *Model) primaryInstance(p *ProviderConfig, out Primary) (Primary, bool) {
	keys := make([]string, 0, len(p.Instances))
	for k, r := range p.Instances {
		if m.PrimaryRegions.Has(r) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return Primary{}, false
	}
	sort.Strings(keys)
	out.Instance, out.Region = keys[0], p.Instances[keys[0]]
	return out, true
}

// Bind returns the configuration an instance of a block of a module uses (c nil: the root
// module). ok is false when the block names an alias its module was never given.
func (m *Model) Bind(c *Child, b *Block, inst Instance) (Binding, bool) {
	binding, ok := m.lookup(c, b.ProviderKey())
	if !ok {
		return binding, false
	}
	binding.Inherited = b.Provider == nil
	if b.Provider != nil && b.Provider.HasKey {
		binding = binding.withKey(b.Provider.at(m.moduleOf(c), inst.Vars))
	}
	return binding, true
}

// moduleOf is the module a child is (the root module for nil).
func (m *Model) moduleOf(c *Child) *Module {
	if c == nil {
		return m.Module
	}
	return c.Module
}

// withKey gives the binding the instance key of a reference, unless it has one already.
func (b Binding) withKey(key ProviderRef) Binding {
	switch {
	case b.Ref != nil && !b.Ref.HasKey:
		ref := *b.Ref
		ref.HasKey, ref.Key, ref.KeyKnown, ref.KeyExpr = true, key.Key, key.KeyKnown, key.KeyExpr
		b.Ref = &ref
	case b.Owned != nil:
		b.OwnedRef.HasKey, b.OwnedRef.Key, b.OwnedRef.KeyKnown, b.OwnedRef.KeyExpr = true, key.Key, key.KeyKnown, key.KeyExpr
	}
	return b
}

// lookup finds the configuration a module knows by key: its own provider block, what its call
// handed over, or (for a default configuration) what its caller has by that name.
func (m *Model) lookup(c *Child, key string) (Binding, bool) {
	if c == nil {
		ref := refOfKey(key)
		return Binding{Ref: &ref}, true
	}
	if c.Module != nil {
		if p := c.Module.Config(key); p != nil {
			if b, passed := c.env[key]; passed && c.proxies[key] {
				return b, true
			}
			return Binding{Owned: p, Owner: c, OwnedRef: refOfKey(key)}, true
		}
	}
	if b, ok := c.env[key]; ok {
		return b, true
	}
	if !strings.Contains(key, ".") {
		return m.lookup(c.Parent, key)
	}
	return Binding{}, false
}

func refOfKey(key string) ProviderRef {
	name, alias, _ := strings.Cut(key, ".")
	return ProviderRef{Name: name, Alias: alias}
}

// BlockPrimary tells whether an instance of a block writes or reads through a primary
// provider configuration. A block's own placement decides where it lives (AWS provider v6
// and Google region, AzureRM and Google location, Google zone): one that names a non-primary
// region is not primary through a configuration that is primary only by region, nor is a
// global service's object (SPEC §1). A primary-named configuration stays primary whatever the
// placement.
func (m *Model) BlockPrimary(c *Child, b *Block, inst Instance) (Binding, Primary, bool) {
	return m.blockPrimary(c, b, inst, false)
}

// blockPrimary judges a block's binding; with objects, a global service's object bound to a
// configuration primary by region counts (it is a primary object, though never primary-bound).
func (m *Model) blockPrimary(c *Child, b *Block, inst Instance, objects bool) (Binding, Primary, bool) {
	binding, ok := m.Bind(c, b, inst)
	if !ok {
		return binding, Primary{}, false
	}
	p, primary := m.PrimaryBinding(binding)
	if !primary || p.Named {
		return binding, p, primary
	}
	if !objects && GlobalService(b.Type) {
		return binding, Primary{}, false
	}
	if own := m.OwnRegion(c, b, inst); own != "" && !m.PrimaryRegions.Has(own) {
		return binding, Primary{}, false
	}
	return binding, p, true
}

// OwnRegion is the region an instance of a block names itself (its own region, location or
// zone), when known; "" otherwise.
func (m *Model) OwnRegion(c *Child, b *Block, inst Instance) string {
	r, _ := m.ownPlacement(c, b, inst)
	return r
}

// ownPlacement is the region an instance of a block names itself, and the argument that names
// it; "" when not known.
func (m *Model) ownPlacement(c *Child, b *Block, inst Instance) (string, string) {
	mod := m.moduleOf(c)
	for _, name := range ownPlacement {
		a := b.Body.Attributes[name]
		if a == nil {
			continue
		}
		v, ok := knownString(mod.eval.value(a.Expr, inst.Vars))
		if !ok {
			continue
		}
		if name == "zone" {
			if r := region.OfZone(v); r != "" {
				v = r
			}
		}
		return v, name
	}
	return "", ""
}

// ReceivesPrimary tells whether a module instance receives a primary provider configuration:
// one its call hands over, or a default configuration it inherits by name. It serves modules
// drguard cannot read, whose providers are not known: every configuration the call could pass
// on counts.
func (m *Model) ReceivesPrimary(c *Child) (Binding, Primary, bool) {
	keys := map[string]bool{}
	for k := range c.env {
		keys[k] = true
	}
	for _, p := range m.Providers {
		keys[p.Name] = true
	}
	for name := range m.RequiredProviders {
		keys[name] = true
	}
	for _, b := range m.Blocks {
		keys[b.ProviderName()] = true
	}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if b, ok := m.lookup(c, k); ok {
			b.Inherited = c.env[k].Ref == nil && c.env[k].Owned == nil
			if p, primary := m.PrimaryBinding(b); primary {
				return b, p, true
			}
		}
	}
	return Binding{}, Primary{}, false
}

// RegionArgument finds an argument of a module call that tells the module to work in a primary
// region: one named region, location, zone or *_region that evaluates to a primary region (or a
// zone in one).
func (m *Model) RegionArgument(c *Child) (name, value string, ok bool) {
	caller := m.moduleOf(c.Parent)
	args := c.Call.Arguments()
	names := make([]string, 0, len(args))
	for n := range args {
		if n == "region" || n == "location" || n == "zone" || strings.HasSuffix(n, "_region") {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		for _, v := range caller.Strings(args[n].Expr, c.Instance.Vars) {
			r := v
			if z := region.OfZone(v); z != "" {
				r = z
			}
			if m.PrimaryRegions.Has(r) {
				return n, v, true
			}
		}
	}
	return "", "", false
}
