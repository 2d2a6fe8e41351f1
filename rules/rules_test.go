package rules

import (
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// ruleCase is one row of a rule's test table.
type ruleCase struct {
	Name    string
	Content string
	// Config holds rule blocks of .tflint.hcl (the test helper accepts no plugin block).
	Config string
	// Settings adjusts the plugin settings, which default to an empty plugin block.
	Settings func(*config.Settings)
	Expected helper.Issues
}

func runCases(t *testing.T, rule tflint.Rule, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			files := map[string]string{"main.tf": tc.Content}
			if tc.Config != "" {
				files[".tflint.hcl"] = tc.Config
			}
			settings := config.Default()
			if tc.Settings != nil {
				tc.Settings(settings)
			}
			runner := helper.TestRunner(t, files)
			if err := rule.Check(model.NewRunner(runner, settings)); err != nil {
				t.Fatalf("Check: %s", err)
			}
			expected := tc.Expected
			if expected == nil {
				expected = helper.Issues{}
			}
			helper.AssertIssues(t, expected, runner.Issues)
		})
	}
}

// rng is a range in main.tf.
func rng(startLine, startCol, endLine, endCol int) hcl.Range {
	return hcl.Range{
		Filename: "main.tf",
		Start:    hcl.Pos{Line: startLine, Column: startCol},
		End:      hcl.Pos{Line: endLine, Column: endCol},
	}
}

// seedProviders is the seed layout's pair of provider configurations: the DR default and the
// primary alias.
const seedProviders = `provider "aws" {
  region = "us-west-2"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
`

func modelRunner(runner tflint.Runner) tflint.Runner {
	return model.NewRunner(runner, config.Default())
}
