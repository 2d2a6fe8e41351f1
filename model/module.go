package model

import (
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Module is the analysis of one module's own blocks: the root module, or a child module read
// from disk.
type Module struct {
	// Providers are the provider blocks, in file order; providerByKey indexes them.
	Providers     []*ProviderConfig
	providerByKey map[string]*ProviderConfig
	// Blocks are the resource, import, data and ephemeral blocks, in file order; byAddress
	// indexes the resource and data blocks by address (aws_s3_bucket.logs, data.aws_vpc.main).
	Blocks    []*Block
	byAddress map[string]*Block
	// ModuleCalls are the module blocks.
	ModuleCalls []*ModuleCall
	// RequiredProviders are the required_providers entries by local name.
	RequiredProviders map[string]*RequiredProvider
	// RemoteStates are the data "terraform_remote_state" blocks.
	RemoteStates []*RemoteState
	// Variables are the variable blocks by name (child modules only: the root module's values
	// come from TFLint), Locals the local values, Outputs the output values.
	Variables map[string]*hclext.Block
	Locals    map[string]*hclext.Attribute
	Outputs   map[string]*hclext.Attribute
	// terraform holds the terraform blocks (backend, cloud, required_providers).
	terraform []*hclext.Block

	eval evaluator
}

// newModule analyses one module's content. Variables, locals and the resource and data blocks
// are read first, so that the module's evaluator (made by newEval for the module) can see them
// when anything is evaluated.
func newModule(content *hclext.BodyContent, newEval func(*Module) evaluator) (*Module, error) {
	mod := &Module{
		providerByKey:     map[string]*ProviderConfig{},
		byAddress:         map[string]*Block{},
		RequiredProviders: map[string]*RequiredProvider{},
		Variables:         map[string]*hclext.Block{},
		Locals:            map[string]*hclext.Attribute{},
		Outputs:           map[string]*hclext.Attribute{},
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "variable":
			mod.Variables[b.Labels[0]] = b
		case "locals":
			for name, a := range b.Body.Attributes {
				mod.Locals[name] = a
			}
		case "output":
			if a := b.Body.Attributes["value"]; a != nil {
				mod.Outputs[b.Labels[0]] = a
			}
		case "resource", "data", "ephemeral", "import":
			if err := mod.addBlock(b); err != nil {
				return nil, err
			}
		}
	}
	mod.eval = newEval(mod)
	for _, b := range content.Blocks {
		switch b.Type {
		case "provider":
			mod.addProvider(b)
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
	for _, b := range mod.Blocks {
		if b.Kind == "data" && b.Type == "terraform_remote_state" {
			mod.RemoteStates = append(mod.RemoteStates, mod.remoteState(b))
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
	// Provider is the `provider` argument; nil when the block has none (it then uses the
	// default configuration of its implied provider).
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

// ProviderName is the provider local name the block uses: its provider argument's, or the one
// its type implies.
func (b *Block) ProviderName() string {
	if b.Provider != nil {
		return b.Provider.Name
	}
	return impliedProvider(b.Type)
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
func (c *ModuleCall) Arguments() map[string]*hclext.Attribute {
	out := map[string]*hclext.Attribute{}
	for name, a := range c.Block.Body.Attributes {
		if !moduleMetaArguments[name] {
			out[name] = a
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

// Block returns the resource or data block of an address (aws_s3_bucket.logs,
// data.aws_vpc.main); nil when there is none.
func (mod *Module) Block(address string) *Block {
	return mod.byAddress[address]
}

func (mod *Module) addProvider(b *hclext.Block) {
	p := &ProviderConfig{Name: b.Labels[0], Block: b, RegionAttr: b.Body.Attributes["region"], Alias: providerAlias(b)}
	if fe := b.Body.Attributes["for_each"]; fe != nil {
		p.ForEach = true
		p.Instances = map[string]string{}
		if p.RegionAttr != nil {
			insts, _ := mod.instances(fe.Expr, nil, nil)
			for _, inst := range insts {
				if s, ok := knownString(mod.eval.value(p.RegionAttr.Expr, inst.Vars)); ok {
					p.Instances[inst.Key] = s
				}
			}
		}
	} else if p.RegionAttr != nil {
		p.Region, _ = knownString(mod.eval.value(p.RegionAttr.Expr, nil))
	}
	mod.Providers = append(mod.Providers, p)
	if _, dup := mod.providerByKey[p.Key()]; !dup {
		mod.providerByKey[p.Key()] = p
	}
}

// providerAlias reads a provider block's alias: a literal string or a bare keyword.
func providerAlias(b *hclext.Block) string {
	a := b.Body.Attributes["alias"]
	if a == nil {
		return ""
	}
	if v, diags := a.Expr.Value(nil); !diags.HasErrors() {
		if s, ok := knownString(v); ok {
			return s
		}
	}
	return hcl.ExprAsKeyword(a.Expr)
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
	switch b.Type {
	case "resource":
		mod.byAddress[blk.Type+"."+blk.Name] = blk
	case "data":
		mod.byAddress["data."+blk.Type+"."+blk.Name] = blk
	}
	return nil
}

// importTarget reads an import block's `to`: aws_s3_bucket.logs, aws_s3_bucket.logs["k"] or
// module.x.aws_s3_bucket.logs, giving the resource's type and name.
func importTarget(expr hcl.Expression) (string, string) {
	trav, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() {
		if ix, ok := expr.(interface{ UnwrapExpression() hcl.Expression }); ok {
			return importTarget(ix.UnwrapExpression())
		}
		trav = traversalOf(expr)
	}
	names := attrNames(trav, false)
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
	v := mod.eval.value(a.Expr, nil)
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

// IsRoot reports whether the module is written as a root module: it has a backend or cloud
// block, or at least one provider block. A reusable module has neither.
func (mod *Module) IsRoot() bool {
	if len(mod.Providers) > 0 {
		return true
	}
	for _, t := range mod.terraform {
		if len(t.Body.Blocks.OfType("backend"))+len(t.Body.Blocks.OfType("cloud")) > 0 {
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

// Strings evaluates an expression of the module, in an instance of its block, into the known
// strings it holds (a string, or the strings of a list).
func (mod *Module) Strings(expr hcl.Expression, vars Vars) []string {
	return stringsOf(mod.eval.value(expr, vars))
}
