// Command nullplugin is a TFLint ruleset plugin that does nothing: ruleset "null" with one
// enabled rule whose Check returns nil. Built on the same SDK as drguard, it is the floor every
// plugin pays (TFLint starts one plugin process per directory, hands it the configuration and
// calls Check once per module instance); make bench compares drguard with it.
//
// Build it as tflint-ruleset-null and enable it with plugin "null" { enabled = true }.
package main

import (
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// noopRule is enabled and finds nothing.
type noopRule struct {
	tflint.DefaultRule
}

func (r *noopRule) Name() string              { return "null_noop" }
func (r *noopRule) Enabled() bool             { return true }
func (r *noopRule) Severity() tflint.Severity { return tflint.NOTICE }
func (r *noopRule) Link() string              { return "" }

// Check does nothing.
func (r *noopRule) Check(tflint.Runner) error { return nil }

func main() {
	plugin.Serve(&plugin.ServeOpts{
		RuleSet: &tflint.BuiltinRuleSet{
			Name:       "null",
			Version:    "0.0.0",
			Constraint: ">= 0.46.0",
			Rules:      []tflint.Rule{&noopRule{}},
		},
	})
}
