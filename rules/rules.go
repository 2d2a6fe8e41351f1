// Package rules holds drguard's rules, one file each; they read the shared model of the
// configuration (package model) and emit issues.
package rules

import "github.com/terraform-linters/tflint-plugin-sdk/tflint"

// Rules are every drguard rule, in the order of the README's table.
var Rules = []tflint.Rule{
	NewPrimaryProviderResourceRule(),
	NewPrimaryProviderModuleRule(),
	NewResourceRegionRule(),
	NewProviderRegionRule(),
	NewProviderRegionImplicitRule(),
	NewSharedBackendRule(),
	NewWritableRemoteStateRule(),
}
