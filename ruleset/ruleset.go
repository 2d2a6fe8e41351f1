// Package ruleset is the drguard ruleset: it decodes the plugin block and hands every rule a
// runner that carries the shared model of the configuration.
package ruleset

import (
	"os"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// RuleSet is the drguard ruleset.
type RuleSet struct {
	tflint.BuiltinRuleSet
	settings *config.Settings
}

// ConfigSchema is the schema of the plugin "drguard" block.
func (r *RuleSet) ConfigSchema() *hclext.BodySchema {
	return config.Schema()
}

// ApplyConfig decodes and validates the plugin block. backend_config_file is resolved against
// the plugin's working directory, which TFLint sets to the linted directory (--chdir).
func (r *RuleSet) ApplyConfig(content *hclext.BodyContent) error {
	dir, err := os.Getwd()
	if err != nil {
		return err
	}
	settings, err := config.Decode(content, dir)
	if err != nil {
		return err
	}
	r.settings = settings
	return nil
}

// NewRunner wraps TFLint's runner in one that builds the configuration model once.
func (r *RuleSet) NewRunner(runner tflint.Runner) (tflint.Runner, error) {
	settings := r.settings
	if settings == nil {
		settings = config.Default()
	}
	return model.NewRunner(runner, settings), nil
}
