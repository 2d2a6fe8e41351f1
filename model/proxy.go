package model

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// proxyKeys returns the keys ("aws", "aws.east") of a child module's proxy configuration
// blocks: provider blocks with nothing in them but `alias` (and the deprecated `version`), the
// way modules declared the configurations they expect before configuration_aliases. When the
// module call passes a configuration under such a key, Terraform uses the passed configuration
// and drops the block (it warns "Redundant empty provider block"); a block with any other
// argument stays the module's own configuration. Terraform's plan JSON still names the block
// (module.c:aws.east) as the resource's provider_config_key in that case; its state names the
// passed configuration, which is the one the resource is created with.
func proxyKeys(dir string) map[string]bool {
	body, err := moduleBody(dir)
	if err != nil || body == nil {
		return nil
	}
	content, _, _ := body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "provider", LabelNames: []string{"name"}}}})
	out := map[string]bool{}
	for _, b := range content.Blocks {
		meta, rest, diags := b.Body.PartialContent(&hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "alias"}, {Name: "version"}}})
		if diags.HasErrors() {
			continue
		}
		if _, diags := rest.Content(&hcl.BodySchema{}); diags.HasErrors() {
			continue
		}
		key := b.Labels[0]
		if a := meta.Attributes["alias"]; a != nil {
			alias := hcl.ExprAsKeyword(a.Expr)
			if alias == "" {
				v, diags := a.Expr.Value(nil)
				if diags.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
					continue
				}
				alias = v.AsString()
			}
			key += "." + alias
		}
		out[key] = true
	}
	return out
}
