package main

import (
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/rules"
	"github.com/drguard/tflint-ruleset-drguard/ruleset"
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

func main() {
	plugin.Serve(&plugin.ServeOpts{
		RuleSet: &ruleset.RuleSet{
			BuiltinRuleSet: tflint.BuiltinRuleSet{
				Name:       "drguard",
				Version:    project.Version,
				Constraint: ">= 0.46.0",
				Rules:      rules.Rules,
			},
		},
	})
}
