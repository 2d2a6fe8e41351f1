// Package model is drguard's one model of a root module, built once per TFLint runner: its
// provider configurations and which are primary, its managed and read-only blocks, its own
// state location and the primary's. Rules read the model; none of them talks to the runner
// for facts another rule also needs.
package model

import (
	"fmt"
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
)

// Model is the analysis of one root module.
type Model struct {
	Settings *config.Settings
	// Providers are the provider blocks, in file order; providerByKey indexes them.
	Providers     []*ProviderConfig
	providerByKey map[string]*ProviderConfig
	// PrimaryRegions are the configured primary_regions, or else the regions of the
	// primary-named configurations.
	PrimaryRegions RegionSet
	// Blocks are the resource, import, data and ephemeral blocks, in file order.
	Blocks []*Block
	// ModuleCalls are the module blocks.
	ModuleCalls []*ModuleCall
	// RequiredProviders are the required_providers entries by local name.
	RequiredProviders map[string]*RequiredProvider
	// Backend is this configuration's own state location; nil without a backend or cloud block.
	Backend *Backend
	// RemoteStates are the data "terraform_remote_state" blocks.
	RemoteStates []*RemoteState

	eval evaluator
}

// Block is a resource, import, data or ephemeral block.
type Block struct {
	// Kind is "resource", "import", "data" or "ephemeral".
	Kind string
	// Type and Name are the labels (an import block has its target's type and name).
	Type, Name string
	// Provider is the resolved `provider` argument; nil when the block has none (it then uses
	// the default configuration of its implied provider).
	Provider     *ProviderRef
	ProviderAttr *hclext.Attribute
	Body         *hclext.BodyContent
	DefRange     hcl.Range
}

// Managed reports whether the block creates or changes infrastructure (resource and import
// blocks); data and ephemeral blocks only read.
func (b *Block) Managed() bool {
	return b.Kind == "resource" || b.Kind == "import"
}

// Address is the block's address: aws_s3_bucket.logs, data.aws_vpc.main, or for an import
// block "import of aws_s3_bucket.logs".
func (b *Block) Address() string {
	switch b.Kind {
	case "data", "ephemeral":
		return b.Kind + "." + b.Type + "." + b.Name
	case "import":
		return "import of " + b.Type + "." + b.Name
	}
	return b.Type + "." + b.Name
}

// ProviderKey is the configuration the block uses: its provider argument's, or the default
// configuration of the provider its type implies.
func (b *Block) ProviderKey() string {
	if b.Provider != nil {
		return b.Provider.ConfigKey()
	}
	return ImpliedProvider(b.Type)
}

// ModuleCall is a module block.
type ModuleCall struct {
	Name  string
	Block *hclext.Block
	// Providers are the entries of its providers map: the child's key -> the caller's reference.
	Providers []ProviderPass
}

// ProviderPass is one entry of a module's providers map.
type ProviderPass struct {
	ChildKey string
	Ref      ProviderRef
	// Range covers the whole entry (key = value).
	Range hcl.Range
}

// RequiredProvider is an entry of required_providers.
type RequiredProvider struct {
	Name string
	// Type is the provider type of its source ("aws" for hashicorp/aws); the local name when
	// the source is not known.
	Type string
	Attr *hclext.Attribute
}

// Config returns the provider configuration of a key ("aws", "aws.primary"), or nil when there
// is no block for it (an implicit empty configuration).
func (m *Model) Config(key string) *ProviderConfig {
	return m.providerByKey[key]
}

// Build reads the root module through the runner and builds its model.
func Build(runner tflint.Runner, settings *config.Settings) (*Model, error) {
	content, err := runner.GetModuleContent(schema(), &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		return nil, err
	}
	m := &Model{
		Settings:          settings,
		providerByKey:     map[string]*ProviderConfig{},
		RequiredProviders: map[string]*RequiredProvider{},
		eval:              evaluator{runner: runner},
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "provider":
			m.addProvider(b)
		case "resource", "data", "ephemeral", "import":
			if err := m.addBlock(b); err != nil {
				return nil, err
			}
		case "module":
			if err := m.addModuleCall(b); err != nil {
				return nil, err
			}
		case "terraform":
			m.addTerraform(b)
		}
	}
	m.PrimaryRegions = m.primaryRegions()
	return m, nil
}

func (m *Model) addProvider(b *hclext.Block) {
	p := &ProviderConfig{Name: b.Labels[0], Block: b, RegionAttr: b.Body.Attributes["region"]}
	if a := b.Body.Attributes["alias"]; a != nil {
		if v, ok := knownString(m.eval.value(a.Expr)); ok {
			p.Alias = v
		} else if trav, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() && len(trav) == 1 {
			p.Alias = trav.RootName()
		}
	}
	if fe := b.Body.Attributes["for_each"]; fe != nil {
		p.ForEach = true
		p.Instances = m.instanceRegions(fe.Expr, p.RegionAttr)
	} else if p.RegionAttr != nil {
		p.Region, _ = knownString(m.eval.value(p.RegionAttr.Expr))
	}
	m.Providers = append(m.Providers, p)
	if _, dup := m.providerByKey[p.Key()]; !dup {
		m.providerByKey[p.Key()] = p
	}
}

// instanceRegions evaluates the region of each instance of a for_each provider configuration.
// A region written with each.key or each.value is evaluated per instance in-process; one that
// does not depend on the instance is evaluated once.
func (m *Model) instanceRegions(forEach hcl.Expression, region *hclext.Attribute) map[string]string {
	out := map[string]string{}
	each := m.eval.value(forEach)
	if region == nil || !each.IsWhollyKnown() || each.IsNull() || !each.CanIterateElements() {
		return out
	}
	perInstance := false
	for _, t := range region.Expr.Variables() {
		if t.RootName() == "each" {
			perInstance = true
		}
	}
	var shared cty.Value
	if !perInstance {
		shared = m.eval.value(region.Expr)
	}
	for it := each.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if each.Type().IsSetType() {
			k = v
		}
		key, ok := keyString(k)
		if !ok {
			continue
		}
		r := shared
		if perInstance {
			r = valueWith(region.Expr, map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(key), "value": v})})
		}
		if s, ok := knownString(r); ok {
			out[key] = s
		}
	}
	return out
}

func (m *Model) addBlock(b *hclext.Block) error {
	blk := &Block{Kind: b.Type, Body: b.Body, DefRange: b.DefRange}
	if len(b.Labels) >= 2 {
		blk.Type, blk.Name = b.Labels[0], b.Labels[1]
	}
	if b.Type == "import" {
		to := b.Body.Attributes["to"]
		if to == nil {
			return nil
		}
		blk.Type, blk.Name = importTarget(to.Expr)
		if blk.Type == "" {
			return nil
		}
	}
	if a := b.Body.Attributes["provider"]; a != nil {
		ref, err := ParseProviderRef(a.Expr)
		if err != nil {
			return err
		}
		blk.Provider, blk.ProviderAttr = &ref, a
	}
	m.Blocks = append(m.Blocks, blk)
	if b.Type == "data" && blk.Type == "terraform_remote_state" {
		m.RemoteStates = append(m.RemoteStates, m.remoteState(blk))
	}
	return nil
}

// importTarget reads an import block's `to`: aws_s3_bucket.logs, aws_s3_bucket.logs["k"] or
// module.x.aws_s3_bucket.logs, giving the resource's type and name.
func importTarget(expr hcl.Expression) (string, string) {
	trav, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		return "", ""
	}
	var names []string
	for _, step := range trav {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		}
	}
	for len(names) > 2 && names[0] == "module" {
		names = names[2:]
	}
	if len(names) != 2 {
		return "", ""
	}
	return names[0], names[1]
}

func (m *Model) addModuleCall(b *hclext.Block) error {
	call := &ModuleCall{Name: b.Labels[0], Block: b}
	if a := b.Body.Attributes["providers"]; a != nil {
		pairs, diags := hcl.ExprMap(a.Expr)
		if diags.HasErrors() {
			return fmt.Errorf("%s: providers must be a map such as { aws = aws.primary }", a.Range)
		}
		for _, kv := range pairs {
			key, err := ParseProviderRef(kv.Key)
			if err != nil {
				return err
			}
			ref, err := ParseProviderRef(kv.Value)
			if err != nil {
				return err
			}
			call.Providers = append(call.Providers, ProviderPass{
				ChildKey: key.ConfigKey(),
				Ref:      ref,
				Range:    hcl.RangeBetween(kv.Key.Range(), kv.Value.Range()),
			})
		}
	}
	m.ModuleCalls = append(m.ModuleCalls, call)
	return nil
}

func (m *Model) addTerraform(b *hclext.Block) {
	for _, inner := range b.Body.Blocks {
		switch inner.Type {
		case "required_providers":
			for name, a := range inner.Body.Attributes {
				m.RequiredProviders[name] = &RequiredProvider{Name: name, Type: m.providerType(name, a), Attr: a}
			}
		case "backend", "cloud":
			m.Backend = m.backend(inner)
		}
	}
}

// providerType reads the type from a required_providers entry's source ("hashicorp/aws").
func (m *Model) providerType(name string, a *hclext.Attribute) string {
	v := m.eval.value(a.Expr)
	if src, ok := knownString(state.ObjectAttributes(v)["source"]); ok {
		parts := strings.Split(src, "/")
		return parts[len(parts)-1]
	}
	return name
}

func (m *Model) primaryRegions() RegionSet {
	set := RegionSet{}
	if len(m.Settings.PrimaryRegions) > 0 {
		for _, r := range m.Settings.PrimaryRegions {
			set.Add(r)
		}
		return set
	}
	for _, p := range m.Providers {
		if m.PrimaryNamed(p.Alias) {
			for _, r := range p.Regions() {
				set.Add(r)
			}
		}
	}
	return set
}

// PrimaryNamed reports whether an alias is one of primary_aliases.
func (m *Model) PrimaryNamed(alias string) bool {
	if alias == "" {
		return false
	}
	for _, a := range m.Settings.PrimaryAliases {
		if a == alias {
			return true
		}
	}
	return false
}

// Primary tells whether a reference binds to a primary provider configuration, and why, in
// words for a message: `aws.primary (us-east-1)`, `aws.east, whose region us-east-1 is primary`.
func (m *Model) Primary(ref ProviderRef) (string, bool) {
	p := m.Config(ref.ConfigKey())
	named := m.PrimaryNamed(ref.Alias)
	if p == nil {
		if named {
			return fmt.Sprintf("the primary provider configuration %s", ref), true
		}
		return "", false
	}
	if p.ForEach {
		return m.primaryInstance(ref, p, named)
	}
	switch {
	case named && p.Region != "":
		return fmt.Sprintf("the primary provider configuration %s (%s)", ref, p.Region), true
	case named:
		return fmt.Sprintf("the primary provider configuration %s", ref), true
	case m.PrimaryRegions.Has(p.Region):
		return fmt.Sprintf("the provider configuration %s, whose region %s is primary", ref, p.Region), true
	}
	return "", false
}

// primaryInstance judges a reference to a for_each configuration: it is primary when any
// instance is, unless its key is known and names an instance that is not.
func (m *Model) primaryInstance(ref ProviderRef, p *ProviderConfig, named bool) (string, bool) {
	if ref.HasKey && ref.KeyKnown {
		r, ok := p.Instances[ref.Key]
		switch {
		case ok && m.PrimaryRegions.Has(r):
			return fmt.Sprintf("the provider configuration %s, whose region %s is primary", ref, r), true
		case ok && !named:
			return "", false
		case ok && named:
			return fmt.Sprintf("the primary provider configuration %s (%s)", ref, r), true
		}
	}
	if named {
		return fmt.Sprintf("the primary provider configuration %s", ref), true
	}
	keys := make([]string, 0, len(p.Instances))
	for k, r := range p.Instances {
		if m.PrimaryRegions.Has(r) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return "", false
	}
	sort.Strings(keys)
	return fmt.Sprintf("the provider configuration %s, whose instance %q is in the primary region %s", ref, keys[0], p.Instances[keys[0]]), true
}

// ProviderType is the provider type of a local name: from its required_providers source, else
// the name itself.
func (m *Model) ProviderType(name string) string {
	if req := m.RequiredProviders[name]; req != nil {
		return req.Type
	}
	return name
}

// UsedDefaultProviders lists, sorted, the provider local names whose default configuration the
// root module uses: blocks without a provider argument, a bare `provider = aws`, or a module
// call handing `aws` over.
func (m *Model) UsedDefaultProviders() []string {
	used := map[string]bool{}
	for _, b := range m.Blocks {
		if b.Provider == nil || b.Provider.Alias == "" {
			used[b.ProviderKey()] = true
		}
	}
	for _, c := range m.ModuleCalls {
		for _, p := range c.Providers {
			if p.Ref.Alias == "" {
				used[p.Ref.Name] = true
			}
		}
	}
	out := make([]string, 0, len(used))
	for name := range used {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}
