package config

import (
	"fmt"
	"path"
	"regexp"
	"strings"
)

// The rules whose rule blocks take options drguard decodes here.
const (
	// ResourceRule's allowed_resource_types exempts resource types homed in one fixed region
	// (CloudFront certificates in us-east-1); every rule that judges a managed resource's
	// binding honours it, and so does drguard-plan.
	ResourceRule = "drguard_primary_provider_resource"
	// ModuleRule takes trusted_modules and unverifiable_modules.
	ModuleRule = "drguard_primary_provider_module"
	// WritableRule takes extra_sinks, ignored_sinks and read_only_role_pattern.
	WritableRule = "drguard_writable_remote_state"
)

// RuleDecoder decodes a rule block's options into a struct with hclext tags, as TFLint's
// runner does (DecodeRuleConfig); nil error and no change when there is no block.
type RuleDecoder interface {
	DecodeRuleConfig(ruleName string, ret any) error
}

// ResourceTypes are glob patterns of resource types (aws_acm_certificate, aws_cloudfront_*).
type ResourceTypes []string

// Match reports whether a resource type matches one of the patterns.
func (p ResourceTypes) Match(resourceType string) bool {
	for _, pattern := range p {
		if ok, _ := path.Match(pattern, resourceType); ok {
			return true
		}
	}
	return false
}

// NewResourceTypes checks that every entry is a valid glob pattern.
func NewResourceTypes(patterns []string) (ResourceTypes, error) {
	for _, pattern := range patterns {
		if _, err := path.Match(pattern, ""); err != nil || pattern == "" {
			return nil, fmt.Errorf(`rule %q: allowed_resource_types entry %q is not a valid glob pattern; use names with * wildcards, e.g. "aws_cloudfront_*"`, ResourceRule, pattern)
		}
	}
	return patterns, nil
}

// DecodeAllowedResourceTypes reads allowed_resource_types of the drguard_primary_provider_resource
// rule block.
func DecodeAllowedResourceTypes(d RuleDecoder) (ResourceTypes, error) {
	var cfg struct {
		AllowedResourceTypes []string `hclext:"allowed_resource_types,optional"`
	}
	if err := d.DecodeRuleConfig(ResourceRule, &cfg); err != nil {
		return nil, fmt.Errorf(`rule %q: allowed_resource_types must be a list of resource type patterns, e.g. ["aws_acm_certificate", "aws_cloudfront_*"]: %w`, ResourceRule, err)
	}
	return NewResourceTypes(cfg.AllowedResourceTypes)
}

// WritableOptions are the options of drguard_writable_remote_state.
type WritableOptions struct {
	// ExtraSinks adds sink arguments, by resource type.
	ExtraSinks map[string][]string
	// IgnoredSinks removes sink arguments, keyed "TYPE.ARGUMENT".
	IgnoredSinks map[string]bool
	// ReadOnlyRole, when set, must match the role a primary remote state assumes.
	ReadOnlyRole *regexp.Regexp
}

var sinkName = regexp.MustCompile(`^[a-z0-9-]+_[a-z0-9_]+\.[a-z0-9_]+$`)

// DecodeWritable reads the options of drguard_writable_remote_state. On an error the options
// are empty (the sink table without them stays usable); the error names the option and the fix.
func DecodeWritable(d RuleDecoder) (WritableOptions, error) {
	var cfg struct {
		ExtraSinks          []string `hclext:"extra_sinks,optional"`
		IgnoredSinks        []string `hclext:"ignored_sinks,optional"`
		ReadOnlyRolePattern string   `hclext:"read_only_role_pattern,optional"`
	}
	empty := WritableOptions{ExtraSinks: map[string][]string{}, IgnoredSinks: map[string]bool{}}
	out := WritableOptions{ExtraSinks: map[string][]string{}, IgnoredSinks: map[string]bool{}}
	if err := d.DecodeRuleConfig(WritableRule, &cfg); err != nil {
		return empty, fmt.Errorf(`rule %q: extra_sinks and ignored_sinks must be lists of "TYPE.ARGUMENT" strings, read_only_role_pattern a string: %w`, WritableRule, err)
	}
	for _, option := range []struct {
		name    string
		entries []string
	}{{"extra_sinks", cfg.ExtraSinks}, {"ignored_sinks", cfg.IgnoredSinks}} {
		for _, e := range option.entries {
			if !sinkName.MatchString(e) {
				return empty, fmt.Errorf(`rule %q: %s entry %q must be "TYPE.ARGUMENT", e.g. "aws_route.route_table_id"`, WritableRule, option.name, e)
			}
			typ, arg, _ := strings.Cut(e, ".")
			if option.name == "extra_sinks" {
				out.ExtraSinks[typ] = append(out.ExtraSinks[typ], arg)
			} else {
				out.IgnoredSinks[e] = true
			}
		}
	}
	if cfg.ReadOnlyRolePattern != "" {
		re, err := regexp.Compile(cfg.ReadOnlyRolePattern)
		if err != nil {
			return empty, fmt.Errorf(`rule %q: read_only_role_pattern %q is not a valid Go regular expression (%s); e.g. "^arn:aws:iam::[0-9]+:role/terraform-read-only$"`, WritableRule, cfg.ReadOnlyRolePattern, err)
		}
		out.ReadOnlyRole = re
	}
	return out, nil
}

// Which module calls drguard reports as unverifiable (unverifiable_modules).
const (
	// UnverifiablePrimary reports a call drguard cannot read only when it receives a primary
	// provider configuration or a primary region (the default).
	UnverifiablePrimary = "primary"
	// UnverifiableAll reports every call drguard cannot read.
	UnverifiableAll = "all"
	// UnverifiableNone reports none.
	UnverifiableNone = "none"
)

// ModuleOptions are the options of drguard_primary_provider_module.
type ModuleOptions struct {
	// Trusted are globs on a module call's name or its source as written.
	Trusted []Glob
	// Unverifiable is one of UnverifiablePrimary, UnverifiableAll, UnverifiableNone.
	Unverifiable string
}

// Trusts reports whether a module call, by its name or its source, is trusted.
func (o ModuleOptions) Trusts(name, source string) bool {
	for _, g := range o.Trusted {
		if g.Match(name) || (source != "" && g.Match(source)) {
			return true
		}
	}
	return false
}

// DecodeModule reads the options of drguard_primary_provider_module.
func DecodeModule(d RuleDecoder) (ModuleOptions, error) {
	var cfg struct {
		TrustedModules      []string `hclext:"trusted_modules,optional"`
		UnverifiableModules string   `hclext:"unverifiable_modules,optional"`
	}
	if err := d.DecodeRuleConfig(ModuleRule, &cfg); err != nil {
		return ModuleOptions{}, fmt.Errorf(`rule %q: trusted_modules must be a list of module call names or sources (globs), e.g. ["vpc", "terraform-aws-modules/*"], and unverifiable_modules one of "primary", "all", "none": %w`, ModuleRule, err)
	}
	out := ModuleOptions{Unverifiable: UnverifiablePrimary}
	switch cfg.UnverifiableModules {
	case "":
	case UnverifiablePrimary, UnverifiableAll, UnverifiableNone:
		out.Unverifiable = cfg.UnverifiableModules
	default:
		return ModuleOptions{}, fmt.Errorf(`rule %q: unverifiable_modules %q must be "primary" (the default: report a module drguard cannot read only when it receives a primary provider configuration or region), "all" or "none"`, ModuleRule, cfg.UnverifiableModules)
	}
	for _, t := range cfg.TrustedModules {
		g, err := NewGlob(t)
		if err != nil {
			return ModuleOptions{}, fmt.Errorf(`rule %q: trusted_modules %w`, ModuleRule, err)
		}
		out.Trusted = append(out.Trusted, g)
	}
	return out, nil
}

// Glob is a pattern in which `*` matches any run of characters, `/` and `.` included, and
// every other character stands for itself (brackets too).
type Glob struct {
	pattern string
	re      *regexp.Regexp
}

// NewGlob compiles a non-empty pattern.
func NewGlob(pattern string) (Glob, error) {
	if strings.TrimSpace(pattern) == "" {
		return Glob{}, fmt.Errorf("entry %q must not be empty", pattern)
	}
	parts := strings.Split(pattern, "*")
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return Glob{pattern: pattern, re: regexp.MustCompile("^" + strings.Join(parts, ".*") + "$")}, nil
}

// Match reports whether the whole of s matches.
func (g Glob) Match(s string) bool { return g.re != nil && g.re.MatchString(s) }

// String is the pattern as written.
func (g Glob) String() string { return g.pattern }
