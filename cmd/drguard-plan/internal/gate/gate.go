// Package gate is drguard's post-plan gate: it reads a Terraform (or OpenTofu) plan's JSON
// and finds every change that would create, update, replace, delete or import a managed
// resource bound to a primary provider configuration, or placed in a primary region.
//
// Two independent checks feed one finding per resource instance:
//
//   - the binding: the configuration (configuration.root_module and every module call below
//     it) gives each resource block its provider_config_key, normalised by Terraform >= 1.2
//     to the provider block that declares it; that block is primary when its alias is a
//     primary alias or its region (a constant, or a variable resolved through the plan's
//     variables and the module calls' arguments) is a primary region;
//   - the value: resource_changes[].change.after.region (AWS provider v6 fills it at plan
//     time), or change.before.region for the object a delete or replacement destroys;
//     a resource removed from the configuration is judged by this alone.
//
// Provider source addresses (registry.terraform.io/..., registry.opentofu.org/...) play no
// part: the field that holds them never carries the alias.
package gate

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/region"
)

// Settings are the gate's settings, taken from the `plugin "drguard"` block of .tflint.hcl
// or from flags.
type Settings struct {
	// PrimaryAliases name the primary provider configurations (default ["primary"]).
	PrimaryAliases []string
	// PrimaryRegions, when set, are the primary regions, authoritative; otherwise they are
	// the regions of the root module's provider configurations with a primary alias.
	PrimaryRegions []string
	// AllowedResourceTypes exempt resource types homed in one fixed region (the
	// allowed_resource_types option of drguard_primary_provider_resource).
	AllowedResourceTypes config.ResourceTypes
}

// Reason kinds.
const (
	// ReasonAlias: the provider configuration's alias is a primary alias.
	ReasonAlias = "alias"
	// ReasonProviderRegion: the provider configuration's region is a primary region.
	ReasonProviderRegion = "provider_region"
	// ReasonRegion: the object's own region (planned, or of the object a delete destroys, or
	// its region argument) is a primary region.
	ReasonRegion = "region"
)

// Reason is one reason a change is a finding.
type Reason struct {
	Kind   string `json:"kind"`
	Detail string `json:"detail"`
}

// Finding is a change to a primary-bound managed resource instance.
type Finding struct {
	// Address is the resource instance address, with instance keys.
	Address string `json:"address"`
	// File and Line are where the resource block is (the import block, for an import) when
	// the configuration directory is at hand; Check leaves them empty (see package locate).
	File string `json:"file,omitempty"`
	Line int    `json:"line,omitempty"`
	Type string `json:"type"`
	// Action summarises Actions: create, update, delete, replace, import (or "import,
	// update"); Actions are the plan's own.
	Action  string   `json:"action"`
	Actions []string `json:"actions"`
	// ProviderConfig is the provider_config_key of the resource's provider configuration
	// ("aws.primary", "module.legacy:aws"); empty when the resource is no longer in the
	// configuration (it is being deleted).
	ProviderConfig string `json:"provider_config,omitempty"`
	// ProviderRegion is that configuration's region, when known.
	ProviderRegion string `json:"provider_region,omitempty"`
	// Region is the object's own region, when known: planned, else before the change.
	Region  string   `json:"region,omitempty"`
	Reasons []Reason `json:"reasons"`

	config    ConfigAddress
	importing bool
}

// ConfigAddress is the address of the finding's resource block: Address without its
// instance keys.
func (f Finding) ConfigAddress() ConfigAddress { return f.config }

// Imports reports whether the change imports the object (an import block).
func (f Finding) Imports() bool { return f.importing }

// Location is "file:line" when the finding has one, else "".
func (f Finding) Location() string {
	if f.File == "" || f.Line <= 0 {
		return ""
	}
	return fmt.Sprintf("%s:%d", f.File, f.Line)
}

// Result is the outcome of a check: the settings in force and the findings, only them.
type Result struct {
	// FormatVersion and TerraformVersion are the plan's.
	FormatVersion    string   `json:"format_version"`
	TerraformVersion string   `json:"terraform_version,omitempty"`
	PrimaryAliases   []string `json:"primary_aliases"`
	PrimaryRegions   []string `json:"primary_regions"`
	// PrimaryRegionsInferred is true when primary_regions was not set and the regions were
	// taken from the primary-named provider configurations.
	PrimaryRegionsInferred bool      `json:"primary_regions_inferred"`
	Findings               []Finding `json:"findings"`
}

// providerInfo is a provider configuration with its region resolved.
type providerInfo struct {
	key    string
	alias  string
	region string // "" when unknown
	via    string // the variable the region came from, if any
}

type configEntry struct {
	resource ConfigResource
	modules  []string
}

type checker struct {
	plan      *Plan
	aliases   map[string]bool
	primary   region.Set
	providers map[string]providerInfo
	resources map[string]configEntry
	calls     map[string]ModuleCall // by module path "a.b"
}

// Check judges every change of a plan.
func Check(p *Plan, s Settings) (*Result, error) {
	c := &checker{
		plan:      p,
		aliases:   map[string]bool{},
		primary:   region.Set{},
		providers: map[string]providerInfo{},
		resources: map[string]configEntry{},
		calls:     map[string]ModuleCall{},
	}
	aliases := s.PrimaryAliases
	for _, a := range aliases {
		if a != "" {
			c.aliases[a] = true
		}
	}
	c.walk(p.Configuration.RootModule, nil)
	for _, key := range slices.Sorted(maps.Keys(p.Configuration.ProviderConfig)) {
		pc := p.Configuration.ProviderConfig[key]
		info := providerInfo{key: key, alias: pc.Alias}
		if modules, err := ParseModuleAddress(pc.ModuleAddress); err == nil {
			info.region, info.via = c.resolve(pc.Expressions["region"], modules, 0)
		}
		c.providers[key] = info
	}
	res := &Result{
		FormatVersion:    p.FormatVersion,
		TerraformVersion: p.TerraformVersion,
		PrimaryAliases:   append([]string{}, aliases...),
		Findings:         []Finding{},
	}
	if len(s.PrimaryRegions) > 0 {
		for _, r := range s.PrimaryRegions {
			c.primary.Add(r)
		}
	} else {
		res.PrimaryRegionsInferred = true
		for _, key := range slices.Sorted(maps.Keys(p.Configuration.ProviderConfig)) {
			pc := p.Configuration.ProviderConfig[key]
			if pc.ModuleAddress == "" && c.aliases[pc.Alias] && c.providers[key].region != "" {
				c.primary.Add(c.providers[key].region)
			}
		}
	}
	res.PrimaryRegions = c.primary.List()

	for _, rc := range p.ResourceChanges {
		f, err := c.judge(rc, s.AllowedResourceTypes)
		if err != nil {
			return nil, err
		}
		if f != nil {
			res.Findings = append(res.Findings, *f)
		}
	}
	return res, nil
}

// walk indexes the configuration's resource blocks by full address and its module calls by
// path; addresses inside a module call are relative to it.
func (c *checker) walk(m Module, modules []string) {
	for _, r := range m.Resources {
		a := ConfigAddress{Modules: modules, Mode: r.Mode, Type: r.Type, Name: r.Name}
		c.resources[a.String()] = configEntry{resource: r, modules: modules}
	}
	for _, name := range slices.Sorted(maps.Keys(m.ModuleCalls)) {
		call := m.ModuleCalls[name]
		path := append(append([]string{}, modules...), name)
		c.calls[strings.Join(path, ".")] = call
		c.walk(call.Module, path)
	}
}

// maxDepth bounds variable resolution through module calls.
const maxDepth = 64

// resolve evaluates a region expression of a module: a string constant, or exactly one
// variable (var.NAME) whose value comes from the plan's variables (root module) or the
// module call's argument, or else the variable's default, in the order Terraform assigns
// them (https://developer.hashicorp.com/terraform/language/values/variables). Anything else
// is unknown ("").
func (c *checker) resolve(raw []byte, modules []string, depth int) (value, via string) {
	e, ok := decodeExpression(raw)
	if !ok || depth > maxDepth {
		return "", ""
	}
	if s, ok := stringValue(e.ConstantValue); ok {
		return s, ""
	}
	name := singleVariable(e.References)
	if name == "" {
		return "", ""
	}
	via = "var." + name
	if len(modules) == 0 {
		if v, ok := c.plan.Variables[name]; ok {
			s, _ := stringValue(v.Value)
			return s, via
		}
		return "", via
	}
	call, ok := c.calls[strings.Join(modules, ".")]
	if !ok {
		return "", via
	}
	if arg, ok := call.Expressions[name]; ok {
		s, _ := c.resolve(arg, modules[:len(modules)-1], depth+1)
		return s, via
	}
	if v, ok := call.Module.Variables[name]; ok {
		s, _ := stringValue(v.Default)
		return s, via
	}
	return "", via
}

// singleVariable returns NAME when the references are exactly those of var.NAME (Terraform
// lists var.NAME, and var.NAME.attr with it for attribute access).
func singleVariable(refs []string) string {
	name := ""
	whole := false
	for _, r := range refs {
		rest, ok := strings.CutPrefix(r, "var.")
		if !ok {
			return ""
		}
		n, _, _ := strings.Cut(rest, ".")
		n, _, _ = strings.Cut(n, "[")
		if name != "" && n != name {
			return ""
		}
		name = n
		whole = whole || rest == n
	}
	if !whole {
		return ""
	}
	return name
}

// writes reports whether a change writes: any action but no-op, read and forget (forget
// drops the object from state and leaves it alone), or an import. The actions are those of
// the change representation,
// https://developer.hashicorp.com/terraform/internals/json-format#change-representation.
func writes(ch Change) bool {
	if ch.Importing != nil {
		return true
	}
	for _, a := range ch.Actions {
		switch a {
		case "no-op", "read", "forget":
		default:
			return true
		}
	}
	return false
}

func has(actions []string, want string) bool {
	for _, a := range actions {
		if a == want {
			return true
		}
	}
	return false
}

// actionSummary names a change the way a person would: create, update, delete, replace,
// import.
func actionSummary(ch Change) string {
	var parts []string
	if ch.Importing != nil {
		parts = append(parts, "import")
	}
	switch {
	case has(ch.Actions, "delete") && has(ch.Actions, "create"):
		parts = append(parts, "replace")
	default:
		for _, a := range ch.Actions {
			if a != "no-op" || ch.Importing == nil {
				parts = append(parts, a)
			}
		}
	}
	return strings.Join(parts, ", ")
}

func (c *checker) judge(rc ResourceChange, allowed config.ResourceTypes) (*Finding, error) {
	if rc.Mode != "managed" || !writes(rc.Change) {
		return nil, nil
	}
	addr, err := ParseInstanceAddress(rc.Address)
	if err != nil {
		return nil, fmt.Errorf("resource_changes: %w", err)
	}
	if addr.Mode != "managed" {
		return nil, nil
	}
	if allowed.Match(rc.Type) {
		return nil, nil
	}
	f := &Finding{Address: rc.Address, Type: rc.Type, Action: actionSummary(rc.Change), Actions: rc.Change.Actions,
		config: addr, importing: rc.Change.Importing != nil}

	entry, inConfig := c.resources[addr.String()]
	var argRegion, argAttr string
	if inConfig {
		key := entry.resource.ProviderConfigKey
		f.ProviderConfig = key
		p, ok := c.providers[key]
		if !ok {
			p = providerInfo{key: key, alias: aliasOfKey(key)}
		}
		f.ProviderRegion = p.region
		if c.aliases[p.alias] {
			f.Reasons = append(f.Reasons, Reason{ReasonAlias,
				fmt.Sprintf("alias %q is a primary alias", p.alias)})
		}
		if p.region != "" && c.primary.Has(p.region) {
			from := ""
			if p.via != "" {
				from = " (" + p.via + ")"
			}
			f.Reasons = append(f.Reasons, Reason{ReasonProviderRegion,
				fmt.Sprintf("provider region %s%s is primary", p.region, from)})
		}
		for _, name := range placementAttributes {
			if argRegion, _ = c.resolve(entry.resource.Expressions[name], entry.modules, 0); argRegion != "" {
				argAttr = name
				break
			}
		}
	}

	after, afterAttr, hasAfter := placement(rc.Change.After)
	before, beforeAttr, hasBefore := placement(rc.Change.Before)
	switch {
	case hasAfter:
		f.Region = after
	case hasBefore:
		f.Region = before
	case argRegion != "":
		f.Region = argRegion
	}
	switch {
	case hasAfter && c.primary.Has(after):
		f.Reasons = append(f.Reasons, Reason{ReasonRegion,
			fmt.Sprintf("planned %s %s is primary", afterAttr, after)})
	case hasBefore && c.primary.Has(before) && has(rc.Change.Actions, "delete"):
		f.Reasons = append(f.Reasons, Reason{ReasonRegion,
			fmt.Sprintf("destroys an object in primary %s %s", beforeAttr, before)})
	case hasBefore && c.primary.Has(before):
		f.Reasons = append(f.Reasons, Reason{ReasonRegion,
			fmt.Sprintf("existing object is in primary %s %s", beforeAttr, before)})
	case !hasAfter && argRegion != "" && c.primary.Has(argRegion):
		f.Reasons = append(f.Reasons, Reason{ReasonRegion,
			fmt.Sprintf("%s argument %s is primary", argAttr, argRegion)})
	}
	if len(f.Reasons) == 0 {
		return nil, nil
	}
	return f, nil
}

// placementAttributes are the attributes that place an object in a region: region (AWS
// provider v6, Google), location (AzureRM, Google). AWS v6 fills region in at plan time from
// the provider's when the configuration leaves it out:
// https://github.com/hashicorp/terraform-provider-aws/blob/main/website/docs/guides/enhanced-region-support.html.markdown
var placementAttributes = []string{"region", "location"}

// placement returns the region an object value (change.before or change.after) names.
func placement(object []byte) (value, attr string, ok bool) {
	for _, name := range placementAttributes {
		if v, ok := attribute(object, name); ok {
			return v, name, true
		}
	}
	return "", "", false
}

// aliasOfKey is the alias in a provider_config_key ("aws.primary", "module.x:aws.primary"),
// the key opaqueProviderKey writes (see ProviderConfig).
func aliasOfKey(key string) string {
	if i := strings.LastIndexByte(key, ':'); i >= 0 {
		key = key[i+1:]
	}
	_, alias, _ := strings.Cut(key, ".")
	return alias
}
