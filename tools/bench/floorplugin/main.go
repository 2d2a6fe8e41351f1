// Command floorplugin is the floor under drguard that no analysis can go below: a TFLint
// ruleset plugin ("floor") that, for each root module, makes drguard's one content request
// (model.RequestSchema) and emits the violations the generator planted there, without
// analysing anything. What drguard costs above it is its own analysis; what the floor costs
// above the do-nothing plugin is TFLint's price for the request and for reporting the
// findings (in --recursive mode TFLint serialises each issue with the whole source of its
// file, in the worker and again in the parent).
//
// make bench builds it as tflint-ruleset-floor, enables it with plugin "floor" { enabled =
// true } and sets BENCH_FLOOR_FINDINGS to a list of the planted findings, one FILE:LINE per
// line, FILE relative to the tree's top, where TFLint --recursive runs. Without
// BENCH_FLOOR_FINDINGS it only makes the request: make bench's "request" variant. With
// BENCH_FLOOR_REQUEST=minimal it requests only the resource blocks' headers and provider
// arguments, the least any of drguard's rules could ask for: make bench's "minimal" variant.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/plugin"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// plantedRule emits the planted violations of the module it checks.
type plantedRule struct {
	tflint.DefaultRule
}

func (r *plantedRule) Name() string              { return "floor_planted" }
func (r *plantedRule) Enabled() bool             { return true }
func (r *plantedRule) Severity() tflint.Severity { return tflint.ERROR }
func (r *plantedRule) Link() string              { return "" }

func (r *plantedRule) Check(runner tflint.Runner) error {
	path, err := runner.GetModulePath()
	if err != nil || !path.IsRoot() {
		return err
	}
	schema := model.RequestSchema()
	if os.Getenv("BENCH_FLOOR_REQUEST") == "minimal" {
		schema = &hclext.BodySchema{Blocks: []hclext.BlockSchema{{
			Type:       "resource",
			LabelNames: []string{"type", "name"},
			Body:       &hclext.BodySchema{Attributes: []hclext.AttributeSchema{{Name: "provider"}}},
		}}}
	}
	content, err := runner.GetModuleContent(schema, &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		return err
	}
	findings := os.Getenv("BENCH_FLOOR_FINDINGS")
	if findings == "" {
		return nil
	}
	top, err := runner.GetOriginalwd()
	if err != nil {
		return err
	}
	cwd, err := os.Getwd()
	if err != nil {
		return err
	}
	dir, err := filepath.Rel(top, cwd)
	if err != nil {
		return err
	}
	// TFLint names the module's files relative to the directory it was started in.
	prefix := "."
	if len(content.Blocks) > 0 {
		prefix = filepath.Dir(content.Blocks[0].DefRange.Filename)
	}
	list, err := os.Open(findings)
	if err != nil {
		return fmt.Errorf("floor: BENCH_FLOOR_FINDINGS must name the list of planted findings: %w", err)
	}
	defer list.Close()
	lines := bufio.NewScanner(list)
	for lines.Scan() {
		file, lineText, ok := strings.Cut(lines.Text(), ":")
		line, err := strconv.Atoi(lineText)
		if !ok || err != nil {
			return fmt.Errorf("floor: %q is not FILE:LINE", lines.Text())
		}
		if filepath.Dir(filepath.FromSlash(file)) != dir {
			continue
		}
		pos := hcl.Pos{Line: line, Column: 1}
		name := filepath.Join(prefix, filepath.Base(file))
		if err := runner.EmitIssue(r, "planted", hcl.Range{Filename: name, Start: pos, End: pos}); err != nil {
			return err
		}
	}
	return lines.Err()
}

func main() {
	plugin.Serve(&plugin.ServeOpts{
		RuleSet: &tflint.BuiltinRuleSet{
			Name:       "floor",
			Version:    "0.0.0",
			Constraint: ">= 0.46.0",
			Rules:      []tflint.Rule{&plantedRule{}},
		},
	})
}
