package model

import (
	"sort"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Attributes that place a managed resource in a region or zone.
var placementAttributes = []string{"region", "location", "availability_zone", "availability_zones", "zone", "zones"}

// replicaPlacements is the data table of nested blocks that create a replica in another region:
// resource type -> path of nested block types -> the attribute naming the region.
var replicaPlacements = map[string]replicaPlacement{
	"aws_dynamodb_table":                {Blocks: []string{"replica"}, Attribute: "region_name"},
	"aws_dynamodb_global_table":         {Blocks: []string{"replica"}, Attribute: "region_name"},
	"aws_secretsmanager_secret":         {Blocks: []string{"replica"}, Attribute: "region"},
	"aws_ecr_replication_configuration": {Blocks: []string{"replication_configuration", "rule", "destination"}, Attribute: "region"},
	"azurerm_cosmosdb_account":          {Blocks: []string{"geo_location"}, Attribute: "location"},
}

// replicaPlacement names where, in a resource body, a replica's region is written.
type replicaPlacement struct {
	Blocks    []string
	Attribute string
}

// schema is the one request drguard makes for a module: everything every rule needs, with the
// sink arguments of the writable remote state rule.
func schema(sinkArguments []string) *hclext.BodySchema {
	resourceAttrs := append([]string{"provider", "for_each"}, placementAttributes...)
	resource := &hclext.BodySchema{Attributes: attrs(append(resourceAttrs, sinkArguments...)...)}
	types := make([]string, 0, len(replicaPlacements))
	for t := range replicaPlacements {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		p := replicaPlacements[t]
		resource.Blocks = mergeNested(resource.Blocks, p.Blocks, p.Attribute)
	}
	backendAttrs := []string{"dynamodb_table"}
	for _, b := range state.Backends() {
		backendAttrs = append(backendAttrs, state.IdentityAttributes(b)...)
	}
	workspaces := hclext.BlockSchema{Type: "workspaces", Body: &hclext.BodySchema{Attributes: attrs("name", "prefix", "tags", "project")}}
	return &hclext.BodySchema{
		Blocks: []hclext.BlockSchema{
			{
				Type: "terraform",
				Body: &hclext.BodySchema{Blocks: []hclext.BlockSchema{
					{Type: "backend", LabelNames: []string{"type"}, Body: &hclext.BodySchema{Attributes: attrs(backendAttrs...), Blocks: []hclext.BlockSchema{workspaces}}},
					{Type: "cloud", Body: &hclext.BodySchema{Attributes: attrs("hostname", "organization"), Blocks: []hclext.BlockSchema{workspaces}}},
					{Type: "required_providers", Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}},
				}},
			},
			{Type: "provider", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: attrs("alias", "region", "for_each")}},
			{Type: "resource", LabelNames: []string{"type", "name"}, Body: resource},
			{Type: "import", Body: &hclext.BodySchema{Attributes: attrs("to", "provider")}},
			{Type: "data", LabelNames: []string{"type", "name"}, Body: &hclext.BodySchema{Attributes: attrs("provider", "backend", "config", "workspace")}},
			{Type: "ephemeral", LabelNames: []string{"type", "name"}, Body: &hclext.BodySchema{Attributes: attrs("provider")}},
			{Type: "module", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}},
			{Type: "variable", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: attrs("default")}},
			{Type: "locals", Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}},
		},
	}
}

// rootRequest is the schema drguard requests from TFLint for the root module: the module
// schema without variable blocks. The root's variables are asked of TFLint by name
// (rootEvaluator.variable), so their defaults would be sent for nothing; only child modules,
// read from disk, evaluate their variables' defaults.
func rootRequest(module *hclext.BodySchema) *hclext.BodySchema {
	out := &hclext.BodySchema{Attributes: module.Attributes, Mode: module.Mode}
	for _, b := range module.Blocks {
		if b.Type != "variable" {
			out.Blocks = append(out.Blocks, b)
		}
	}
	return out
}

// RequestSchema is the schema of drguard's request for a root module's content with the
// default sink table (no extra_sinks). make bench's floor plugin makes the same request.
func RequestSchema() *hclext.BodySchema {
	return rootRequest(schema(SinkTable{}.schemaArguments()))
}

func attrs(names ...string) []hclext.AttributeSchema {
	out := make([]hclext.AttributeSchema, 0, len(names))
	seen := map[string]bool{}
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, hclext.AttributeSchema{Name: n})
		}
	}
	return out
}

// mergeNested adds the nested block path (and the attribute at its end) to a block schema list.
func mergeNested(blocks []hclext.BlockSchema, path []string, attribute string) []hclext.BlockSchema {
	if len(path) == 0 {
		return blocks
	}
	for i := range blocks {
		if blocks[i].Type == path[0] {
			body := blocks[i].Body
			if len(path) == 1 {
				body.Attributes = attrs(append(names(body.Attributes), attribute)...)
			} else {
				body.Blocks = mergeNested(body.Blocks, path[1:], attribute)
			}
			return blocks
		}
	}
	body := &hclext.BodySchema{}
	if len(path) == 1 {
		body.Attributes = attrs(attribute)
	} else {
		body.Blocks = mergeNested(nil, path[1:], attribute)
	}
	return append(blocks, hclext.BlockSchema{Type: path[0], Body: body})
}

func names(as []hclext.AttributeSchema) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}
