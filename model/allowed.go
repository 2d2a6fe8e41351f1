package model

import "github.com/drguard/tflint-ruleset-drguard/config"

// AllowedResourceTypes returns allowed_resource_types of the drguard_primary_provider_resource
// rule block, read once per model.
func (m *Model) AllowedResourceTypes() (config.ResourceTypes, error) {
	m.allowedOnce.Do(func() { m.allowed, m.allowedErr = config.DecodeAllowedResourceTypes(m.runner) })
	return m.allowed, m.allowedErr
}
