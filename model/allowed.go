package model

import (
	"fmt"
	"path"
)

// AllowedRuleName is the rule whose allowed_resource_types option exempts resource types
// homed in one fixed region (CloudFront certificates in us-east-1); every rule that judges a
// managed resource's binding honours it.
const AllowedRuleName = "drguard_primary_provider_resource"

// ResourceTypePatterns are glob patterns of resource types (aws_acm_certificate, aws_cloudfront_*).
type ResourceTypePatterns []string

// Match reports whether a resource type matches one of the patterns.
func (p ResourceTypePatterns) Match(resourceType string) bool {
	for _, pattern := range p {
		if ok, _ := path.Match(pattern, resourceType); ok {
			return true
		}
	}
	return false
}

// AllowedConfig is the option of the drguard_primary_provider_resource rule block.
type AllowedConfig struct {
	AllowedResourceTypes []string `hclext:"allowed_resource_types,optional"`
}

// DecodeError explains an option that does not decode.
func (AllowedConfig) DecodeError(err error) error {
	return fmt.Errorf(`rule %q: allowed_resource_types must be a list of resource type patterns, e.g. ["aws_acm_certificate", "aws_cloudfront_*"]: %w`, AllowedRuleName, err)
}

// Patterns checks that every entry is a valid glob pattern.
func (c AllowedConfig) Patterns() (ResourceTypePatterns, error) {
	for _, pattern := range c.AllowedResourceTypes {
		if _, err := path.Match(pattern, ""); err != nil || pattern == "" {
			return nil, fmt.Errorf(`rule %q: allowed_resource_types entry %q is not a valid glob pattern; use names with * wildcards, e.g. "aws_cloudfront_*"`, AllowedRuleName, pattern)
		}
	}
	return c.AllowedResourceTypes, nil
}

// AllowedResourceTypes returns allowed_resource_types of the drguard_primary_provider_resource
// rule block, read once per model.
func (m *Model) AllowedResourceTypes() (ResourceTypePatterns, error) {
	m.allowedOnce.Do(func() { m.allowed, m.allowedErr = m.decodeAllowed() })
	return m.allowed, m.allowedErr
}

// decodeAllowed reads the option through the runner.
func (m *Model) decodeAllowed() (ResourceTypePatterns, error) {
	var cfg AllowedConfig
	if err := m.runner.DecodeRuleConfig(AllowedRuleName, &cfg); err != nil {
		return nil, cfg.DecodeError(err)
	}
	return cfg.Patterns()
}
