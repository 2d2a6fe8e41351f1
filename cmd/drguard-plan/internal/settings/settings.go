// Package settings reads drguard-plan's settings from the same `plugin "drguard"` block of
// .tflint.hcl that configures the TFLint plugin, decoded by the plugin's own code
// (config.Schema, config.Decode), and allowed_resource_types from the
// `rule "drguard_primary_provider_resource"` block.
package settings

import (
	"errors"
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// DefaultPath is the configuration file read when --config is not given.
const DefaultPath = ".tflint.hcl"

// PluginName is the plugin block drguard reads.
const PluginName = "drguard"

// reservedPluginAttributes are the plugin block's attributes that belong to TFLint itself;
// they are dropped before the plugin's schema is applied, as TFLint does.
var reservedPluginAttributes = []string{"enabled", "version", "source", "signature", "signing_key"}

// Loaded is what a configuration file gives the gate.
type Loaded struct {
	Settings             *config.Settings
	AllowedResourceTypes config.ResourceTypes
	// Path is the file read; "" when there was none (defaults).
	Path string
}

// Load reads the configuration file at path. A missing file is fine (defaults) unless
// explicit, that is named by --config. dir is the directory backend_config_file is resolved
// against (the plugin resolves it against the linted directory, its working directory).
// The file must be a regular file of at most loader.MaxFileSize bytes.
func Load(file string, explicit bool, dir string) (*Loaded, error) {
	src, err := loader.ReadFile(file, loader.MaxFileSize)
	if err != nil {
		var fe *loader.FileError
		if errors.As(err, &fe) && fe.NotExist && !explicit {
			return &Loaded{Settings: config.Default()}, nil
		}
		return nil, fmt.Errorf("--config %s", err)
	}
	return Parse(file, src, dir)
}

// Parse decodes the content of a configuration file (HCL; JSON when the name ends in .json).
func Parse(file string, src []byte, dir string) (*Loaded, error) {
	f, diags := loader.Parse(file, src)
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	top, _, diags := f.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "plugin", LabelNames: []string{"name"}},
		{Type: "rule", LabelNames: []string{"name"}},
	}})
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	out := &Loaded{Settings: config.Default(), Path: file}
	var plugin, rule *hcl.Block
	for _, b := range top.Blocks {
		var seen **hcl.Block
		switch {
		case b.Type == "plugin" && b.Labels[0] == PluginName:
			seen = &plugin
		case b.Type == "rule" && b.Labels[0] == config.ResourceRule:
			seen = &rule
		default:
			continue
		}
		if *seen != nil {
			return nil, fmt.Errorf("%s: duplicate %s %q block (the first is at %s); keep one", b.DefRange, b.Type, b.Labels[0], (*seen).DefRange)
		}
		*seen = b
	}
	if plugin != nil {
		remain, err := dropReserved(plugin.Body, reservedPluginAttributes)
		if err != nil {
			return nil, err
		}
		content, diags := hclext.Content(remain, config.Schema())
		if diags.HasErrors() {
			return nil, diagError(diags)
		}
		if out.Settings, err = config.Decode(content, dir); err != nil {
			return nil, err
		}
	}
	allowed, err := config.DecodeAllowedResourceTypes(ruleBlock{rule})
	if err != nil {
		return nil, err
	}
	out.AllowedResourceTypes = allowed
	return out, nil
}

// dropReserved returns the body without TFLint's own attributes.
func dropReserved(body hcl.Body, names []string) (hcl.Body, error) {
	schema := &hcl.BodySchema{}
	for _, n := range names {
		schema.Attributes = append(schema.Attributes, hcl.AttributeSchema{Name: n})
	}
	_, remain, diags := body.PartialContent(schema)
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	return remain, nil
}

// ruleBlock decodes a rule block's options the way TFLint and the plugin SDK do for the
// plugin (DecodeRuleConfig): `enabled` dropped, the rest decoded strictly against the
// options' schema; no block leaves them as they are.
type ruleBlock struct{ block *hcl.Block }

func (r ruleBlock) DecodeRuleConfig(_ string, ret any) error {
	if r.block == nil {
		return nil
	}
	remain, err := dropReserved(r.block.Body, []string{"enabled"})
	if err != nil {
		return err
	}
	content, diags := hclext.Content(remain, hclext.ImpliedBodySchema(ret))
	if !diags.HasErrors() {
		diags = hclext.DecodeBody(content, nil, ret)
	}
	if diags.HasErrors() {
		return diagError(diags)
	}
	return nil
}

// diagError renders HCL diagnostics as one line: the first error, where it is.
func diagError(diags hcl.Diagnostics) error {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		msg = strings.Join(strings.Fields(msg), " ")
		if d.Subject != nil {
			return fmt.Errorf("%s: %s", d.Subject, msg)
		}
		return errors.New(msg)
	}
	return errors.New(diags.Error())
}
