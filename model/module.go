package model

import (
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// Module is the analysis of one module's own blocks: the root module, or a child module read
// from disk.
type Module struct {
	// Providers are the provider blocks, in file order; providerByKey indexes them.
	Providers     []*ProviderConfig
	providerByKey map[string]*ProviderConfig
	// Blocks are the resource, import, data and ephemeral blocks, in file order.
	Blocks []*Block
	// ModuleCalls are the module blocks.
	ModuleCalls []*ModuleCall
	// RequiredProviders are the required_providers entries by local name.
	RequiredProviders map[string]*RequiredProvider
	// RemoteStates are the data "terraform_remote_state" blocks.
	RemoteStates []*RemoteState
	// Variables are the variable blocks by name (child modules only: the root module's values
	// come from TFLint), Locals the local values.
	Variables map[string]*hclext.Block
	Locals    map[string]*hclext.Attribute
	// terraform holds the terraform blocks (backend, cloud, required_providers).
	terraform []*hclext.Block

	eval evaluator
}

// newModule analyses one module's content.
// Variables and locals are read first, so that the module's evaluator (made by newEval for the
// module) can see them when the other blocks are evaluated.
func newModule(content *hclext.BodyContent, newEval func(*Module) evaluator) (*Module, error) {
	mod := &Module{
		providerByKey:     map[string]*ProviderConfig{},
		RequiredProviders: map[string]*RequiredProvider{},
		Variables:         map[string]*hclext.Block{},
		Locals:            map[string]*hclext.Attribute{},
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			mod.Variables[b.Labels[0]] = b
		case "locals":
			for name, a := range b.Body.Attributes {
				mod.Locals[name] = a
			}
		}
	}
	mod.eval = newEval(mod)
	for _, b := range content.Blocks {
		switch b.Type {
		case "provider":
			mod.addProvider(b)
		case "resource", "data", "ephemeral", "import":
			if err := mod.addBlock(b); err != nil {
				return nil, err
			}
		case "module":
			if err := mod.addModuleCall(b); err != nil {
				return nil, err
			}
		case "terraform":
			mod.terraform = append(mod.terraform, b)
			for _, rp := range b.Body.Blocks.OfType("required_providers") {
				for name, a := range rp.Body.Attributes {
					mod.RequiredProviders[name] = &RequiredProvider{Type: mod.providerType(name, a), Attr: a, ConfigurationAliases: declaresAliases(a)}
				}
			}
		}
	}
	return mod, nil
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
	return impliedProvider(b.Type)
}

// ModuleCall is a module block.
type ModuleCall struct {
	Name  string
	Block *hclext.Block
	// Providers are the entries of its providers map: the child's key -> the caller's reference.
	Providers []ProviderPass
}

// Source is the call's source argument; nil when absent.
func (c *ModuleCall) Source() hcl.Expression {
	if a := c.Block.Body.Attributes["source"]; a != nil {
		return a.Expr
	}
	return nil
}

// moduleMetaArguments are the arguments of a module block that are not input variables.
var moduleMetaArguments = map[string]bool{"source": true, "version": true, "providers": true, "count": true, "for_each": true, "depends_on": true}

// Arguments are the call's input variables by name.
func (c *ModuleCall) Arguments() map[string]hcl.Expression {
	out := map[string]hcl.Expression{}
	for name, a := range c.Block.Body.Attributes {
		if !moduleMetaArguments[name] {
			out[name] = a.Expr
		}
	}
	return out
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
	// Type is the provider type of its source ("aws" for hashicorp/aws); the local name when
	// the source is not known.
	Type string
	Attr *hclext.Attribute
	// ConfigurationAliases marks an entry that declares configuration_aliases: only a child
	// module receives configurations that way.
	ConfigurationAliases bool
}

// Config returns the provider configuration of a key ("aws", "aws.primary"), or nil when there
// is no block for it (an implicit empty configuration).
func (mod *Module) Config(key string) *ProviderConfig {
	return mod.providerByKey[key]
}

func (mod *Module) addProvider(b *hclext.Block) {
	p := &ProviderConfig{Name: b.Labels[0], Block: b, RegionAttr: b.Body.Attributes["region"]}
	if a := b.Body.Attributes["alias"]; a != nil {
		if v, ok := knownString(mod.eval.value(a.Expr)); ok {
			p.Alias = v
		} else if trav, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() && len(trav) == 1 {
			p.Alias = trav.RootName()
		}
	}
	if fe := b.Body.Attributes["for_each"]; fe != nil {
		p.ForEach = true
		p.Instances = mod.instanceRegions(fe.Expr, p.RegionAttr)
	} else if p.RegionAttr != nil {
		p.Region, _ = knownString(mod.eval.value(p.RegionAttr.Expr))
	}
	mod.Providers = append(mod.Providers, p)
	if _, dup := mod.providerByKey[p.Key()]; !dup {
		mod.providerByKey[p.Key()] = p
	}
}

// instanceRegions evaluates the region of each instance of a for_each provider configuration.
func (mod *Module) instanceRegions(forEach hcl.Expression, region *hclext.Attribute) map[string]string {
	out := map[string]string{}
	if region == nil {
		return out
	}
	for key, v := range mod.perInstance(forEach, region.Expr) {
		if s, ok := knownString(v); ok {
			out[key] = s
		}
	}
	return out
}

// perInstance evaluates an expression for each instance of a for_each, by instance key. One
// written with each.key or each.value is evaluated per instance in-process; one that does not
// depend on the instance is evaluated once. Nil when the for_each is not known.
func (mod *Module) perInstance(forEach, expr hcl.Expression) map[string]cty.Value {
	instances := eachInstances(mod.eval.value(forEach))
	if instances == nil {
		return nil
	}
	usesEach := false
	for _, t := range expr.Variables() {
		usesEach = usesEach || t.RootName() == "each"
	}
	var shared cty.Value
	if !usesEach {
		shared = mod.eval.value(expr)
	}
	out := map[string]cty.Value{}
	for _, each := range instances {
		key := each.GetAttr("key").AsString()
		out[key] = shared
		if usesEach {
			out[key] = valueWith(expr, map[string]cty.Value{"each": each})
		}
	}
	return out
}

// eachInstances returns each (an object of key and value) for every instance of a known
// for_each value, in the value's own order; nil when it is not known or not a collection. An
// element whose key is not a known string is left out.
func eachInstances(forEach cty.Value) []cty.Value {
	if !forEach.IsWhollyKnown() || forEach.IsNull() || !forEach.CanIterateElements() {
		return nil
	}
	out := []cty.Value{}
	for it := forEach.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if forEach.Type().IsSetType() {
			k = v
		}
		if key, ok := keyString(k); ok {
			out = append(out, cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(key), "value": v}))
		}
	}
	return out
}

func (mod *Module) addBlock(b *hclext.Block) error {
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
	mod.Blocks = append(mod.Blocks, blk)
	if b.Type == "data" && blk.Type == "terraform_remote_state" {
		mod.RemoteStates = append(mod.RemoteStates, mod.remoteState(blk))
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

func (mod *Module) addModuleCall(b *hclext.Block) error {
	call := &ModuleCall{Name: b.Labels[0], Block: b}
	if a := b.Body.Attributes["providers"]; a != nil {
		pairs, diags := hcl.ExprMap(a.Expr)
		if diags.HasErrors() {
			return &configError{Range: a.Range, Message: "providers must be a map such as { aws = aws.primary }"}
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
	mod.ModuleCalls = append(mod.ModuleCalls, call)
	return nil
}

// providerType reads the type from a required_providers entry's source ("hashicorp/aws").
func (mod *Module) providerType(name string, a *hclext.Attribute) string {
	v := mod.eval.value(a.Expr)
	if src, ok := knownString(state.ObjectAttributes(v)["source"]); ok {
		parts := strings.Split(src, "/")
		return parts[len(parts)-1]
	}
	return name
}

// declaresAliases reports whether a required_providers entry sets configuration_aliases.
func declaresAliases(a *hclext.Attribute) bool {
	pairs, diags := hcl.ExprMap(a.Expr)
	if diags.HasErrors() {
		return false
	}
	for _, kv := range pairs {
		if hcl.ExprAsKeyword(kv.Key) == "configuration_aliases" {
			return true
		}
	}
	return false
}

// IsChildModule reports whether the module declares configuration_aliases, which only a child
// module does: TFLint --recursive also lints the directories of child modules as roots.
func (mod *Module) IsChildModule() bool {
	for _, req := range mod.RequiredProviders {
		if req.ConfigurationAliases {
			return true
		}
	}
	return false
}

// ProviderType is the provider type of a local name: from its required_providers source, else
// the name itself.
func (mod *Module) ProviderType(name string) string {
	if req := mod.RequiredProviders[name]; req != nil {
		return req.Type
	}
	return name
}

// Strings evaluates an expression of the module into the known strings it holds (a string, or
// the strings of a list).
func (mod *Module) Strings(expr hcl.Expression) []string {
	return stringsOf(mod.eval.value(expr))
}
