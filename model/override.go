package model

import (
	"path/filepath"
	"slices"
	"sort"

	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// mergeRootProviderOverrides redoes the root module's provider blocks from its files when it
// has override files. TFLint v0.64 merges an override file's provider block into the primary
// block of the same provider name whatever its alias (its override merge keys blocks by type
// and labels only), so an override of aws.logs lands on the default aws; Terraform matches a
// provider block by name and alias
// (https://developer.hashicorp.com/terraform/language/files/override#merging-provider-blocks).
// Every other block TFLint merges as Terraform does. Files are read through TFLint (GetFile),
// so an editor's unsaved changes count.
func mergeRootProviderOverrides(runner tflint.Runner, dir string, content *hclext.BodyContent) error {
	onDisk, err := loader.ReadModuleDir(dir)
	if err != nil {
		return nil
	}
	overrides := onDisk.Override
	var files []string
	var rest hclext.Blocks
	for _, b := range content.Blocks {
		if b.Type == "provider" {
			files = append(files, b.DefRange.Filename)
		} else {
			rest = append(rest, b)
		}
	}
	if len(overrides) == 0 || len(files) == 0 {
		return nil
	}
	prefix := filepath.Dir(files[0])
	sort.Strings(files)
	files = slices.Compact(files)
	schema := &hclext.BodySchema{}
	for _, b := range RequestSchema().Blocks {
		if b.Type == "provider" {
			schema.Blocks = append(schema.Blocks, b)
		}
	}
	read := func(name string) (*hclext.BodyContent, error) {
		f, err := runner.GetFile(name)
		if err != nil || f == nil {
			return &hclext.BodyContent{}, err
		}
		c, diags := hclext.PartialContent(f.Body, schema)
		if diags.HasErrors() {
			return nil, diags
		}
		return c, nil
	}
	providers := &hclext.BodyContent{}
	for _, name := range files {
		c, err := read(name)
		if err != nil {
			return err
		}
		providers.Blocks = append(providers.Blocks, c.Blocks...)
	}
	for _, name := range overrides {
		c, err := read(filepath.Join(prefix, filepath.Base(name)))
		if err != nil {
			return err
		}
		loader.MergeOverrides(providers, c)
	}
	content.Blocks = append(rest, providers.Blocks...)
	return nil
}
