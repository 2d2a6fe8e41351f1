package model

import (
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Attributes that place a managed resource, or its data source read, in a region or zone:
// AWS provider v6 and Google `region`, AzureRM and Google `location`, zone arguments, and lists
// of zones (judged element by element).
var placementAttributes = []string{
	"region", "location", "zone", "availability_zone", "availability_zone_name",
	"availability_zones", "zones", "replica_zones", "node_locations",
}

// ownPlacement are the arguments that decide where a resource itself lives (SPEC §1): AWS v6
// and Google `region`, AzureRM and Google `location`, Google `zone`.
var ownPlacement = []string{"region", "location", "zone"}

// replicaPlacements is the data table of nested blocks that create a replica in another region:
// resource type -> path of nested block types and the attribute naming the region (or a list
// of regions).
var replicaPlacements = map[string][]nestedPath{
	"aws_dynamodb_table":                {{"replica", "region_name"}},
	"aws_dynamodb_global_table":         {{"replica", "region_name"}},
	"aws_secretsmanager_secret":         {{"replica", "region"}},
	"aws_ecr_replication_configuration": {{"replication_configuration", "rule", "destination", "region"}},
	"aws_efs_replication_configuration": {{"destination", "region"}},
	"google_storage_bucket":             {{"custom_placement_config", "data_locations"}},
	"azurerm_container_registry":        {{"georeplications", "location"}},
	"azurerm_cosmosdb_account":          {{"geo_location", "location"}},
}

// nestedPath is a path of nested block types ending in an attribute: replica.region_name.
type nestedPath []string

func (p nestedPath) blocks() []string  { return p[:len(p)-1] }
func (p nestedPath) attribute() string { return p[len(p)-1] }
func (p nestedPath) String() string    { return strings.Join(p, ".") }

// resourceMeta are the meta-arguments of resource and data blocks drguard reads.
var resourceMeta = []string{"provider", "count", "for_each"}

// schema is the one request drguard makes for a module: everything every rule needs, with the
// sink arguments of the writable remote state rule (extra_sinks included), in resources and in
// data sources too: a reference to a data source's configured argument
// (data.aws_s3_bucket.state.bucket) evaluates to its value.
func schema(sinks SinkTable) *hclext.BodySchema {
	top, nested := sinks.schemaArguments()
	var paths []nestedPath
	types := make([]string, 0, len(replicaPlacements))
	for t := range replicaPlacements {
		types = append(types, t)
	}
	sort.Strings(types)
	for _, t := range types {
		paths = append(paths, replicaPlacements[t]...)
	}
	paths = append(paths, nested...)
	resource := &hclext.BodySchema{Attributes: attrs(append(append(resourceMeta, placementAttributes...), top...)...)}
	resource.Blocks = nestedSchema(paths)
	backendAttrs := []string{}
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
			{Type: "import", Body: &hclext.BodySchema{Attributes: attrs("to", "provider", "for_each")}},
			{Type: "data", LabelNames: []string{"type", "name"}, Body: &hclext.BodySchema{Attributes: attrs(append(append(append(resourceMeta, ownPlacement...), "backend", "config", "workspace"), top...)...)}},
			{Type: "ephemeral", LabelNames: []string{"type", "name"}, Body: &hclext.BodySchema{Attributes: attrs(resourceMeta...)}},
			{Type: "module", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}},
			{Type: "output", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: attrs("value")}},
			{Type: "variable", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: attrs("default")}},
			{Type: "locals", Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}},
		},
	}
}

// nestedSchema requests the nested blocks of the paths, literal or `dynamic`. A dynamic block's
// schema cannot depend on its label, so its content asks for what any nested block of that
// level may hold.
func nestedSchema(paths []nestedPath) []hclext.BlockSchema {
	byType := map[string][]nestedPath{}
	var order []string
	var union []nestedPath
	for _, p := range paths {
		if len(p) < 2 {
			continue
		}
		if _, seen := byType[p[0]]; !seen {
			order = append(order, p[0])
		}
		byType[p[0]] = append(byType[p[0]], p[1:])
		union = append(union, p[1:])
	}
	if len(order) == 0 {
		return nil
	}
	var out []hclext.BlockSchema
	for _, t := range order {
		out = append(out, hclext.BlockSchema{Type: t, Body: nestedBody(byType[t])})
	}
	dynamic := &hclext.BodySchema{
		Attributes: attrs("for_each", "iterator"),
		Blocks:     []hclext.BlockSchema{{Type: "content", Body: nestedBody(union)}},
	}
	return append(out, hclext.BlockSchema{Type: "dynamic", LabelNames: []string{"type"}, Body: dynamic})
}

// nestedBody is the body schema of a nested block whose remaining paths are given (an
// attribute when one name is left).
func nestedBody(rest []nestedPath) *hclext.BodySchema {
	body := &hclext.BodySchema{}
	var names []string
	var deeper []nestedPath
	for _, p := range rest {
		if len(p) == 1 {
			names = append(names, p[0])
		} else {
			deeper = append(deeper, p)
		}
	}
	body.Attributes = attrs(names...)
	body.Blocks = nestedSchema(deeper)
	return body
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
	return rootRequest(schema(SinkTable{}))
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
