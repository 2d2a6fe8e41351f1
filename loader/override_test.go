package loader

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

func attrSchema(names ...string) []hclext.AttributeSchema {
	out := make([]hclext.AttributeSchema, len(names))
	for i, n := range names {
		out[i] = hclext.AttributeSchema{Name: n}
	}
	return out
}

// testSchema asks for every block type the merge rules treat, with nested and dynamic blocks.
func testSchema() *hclext.BodySchema {
	justAttrs := &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}
	resource := func() *hclext.BodySchema {
		return &hclext.BodySchema{
			Attributes: attrSchema("provider", "count", "for_each", "region", "name", "bucket", "depends_on"),
			Blocks: []hclext.BlockSchema{
				{Type: "replica", Body: &hclext.BodySchema{Attributes: attrSchema("region_name")}},
				{Type: "tags", Body: justAttrs},
				{Type: "dynamic", LabelNames: []string{"type"}, Body: &hclext.BodySchema{
					Attributes: attrSchema("for_each"),
					Blocks:     []hclext.BlockSchema{{Type: "content", Body: &hclext.BodySchema{Attributes: attrSchema("region_name")}}},
				}},
				{Type: "lifecycle", Body: &hclext.BodySchema{
					Attributes: attrSchema("create_before_destroy", "prevent_destroy", "ignore_changes"),
					Blocks:     []hclext.BlockSchema{{Type: "precondition", Body: &hclext.BodySchema{Attributes: attrSchema("condition")}}},
				}},
				{Type: "provisioner", LabelNames: []string{"type"}, Body: &hclext.BodySchema{Attributes: attrSchema("command")}},
			},
		}
	}
	return &hclext.BodySchema{Blocks: []hclext.BlockSchema{
		{Type: "terraform", Body: &hclext.BodySchema{
			Attributes: attrSchema("required_version"),
			Blocks: []hclext.BlockSchema{
				{Type: "backend", LabelNames: []string{"type"}, Body: justAttrs},
				{Type: "cloud", Body: &hclext.BodySchema{Attributes: attrSchema("organization"), Blocks: []hclext.BlockSchema{{Type: "workspaces", Body: justAttrs}}}},
				{Type: "state_store", LabelNames: []string{"type"}, Body: justAttrs},
				{Type: "required_providers", Body: justAttrs},
				{Type: "provider_meta", LabelNames: []string{"name"}, Body: justAttrs},
			},
		}},
		{Type: "provider", LabelNames: []string{"name"}, Body: &hclext.BodySchema{
			Attributes: attrSchema("alias", "region", "version"),
			Blocks:     []hclext.BlockSchema{{Type: "assume_role", Body: &hclext.BodySchema{Attributes: attrSchema("role_arn")}}},
		}},
		{Type: "resource", LabelNames: []string{"type", "name"}, Body: resource()},
		{Type: "data", LabelNames: []string{"type", "name"}, Body: resource()},
		{Type: "ephemeral", LabelNames: []string{"type", "name"}, Body: &hclext.BodySchema{Attributes: attrSchema("provider")}},
		{Type: "module", LabelNames: []string{"name"}, Body: justAttrs},
		{Type: "variable", LabelNames: []string{"name"}, Body: &hclext.BodySchema{
			Attributes: attrSchema("default", "type"),
			Blocks:     []hclext.BlockSchema{{Type: "validation", Body: &hclext.BodySchema{Attributes: attrSchema("condition")}}},
		}},
		{Type: "output", LabelNames: []string{"name"}, Body: &hclext.BodySchema{
			Attributes: attrSchema("value"),
			Blocks:     []hclext.BlockSchema{{Type: "precondition", Body: &hclext.BodySchema{Attributes: attrSchema("condition")}}},
		}},
		{Type: "locals", Body: justAttrs},
		{Type: "import", Body: &hclext.BodySchema{Attributes: attrSchema("to", "id", "provider")}},
		{Type: "moved", Body: &hclext.BodySchema{Attributes: attrSchema("from", "to")}},
		{Type: "removed", Body: &hclext.BodySchema{Attributes: attrSchema("from")}},
		{Type: "check", LabelNames: []string{"name"}, Body: &hclext.BodySchema{}},
	}}
}

// sources holds the text of parsed test files, to render expressions as written.
type sources map[string][]byte

// parse parses src as the file name (HCL, or JSON for *.json) under the schema.
func (s sources) parse(name, src string, schema *hclext.BodySchema) (*hclext.BodyContent, hcl.Diagnostics) {
	s[name] = []byte(src)
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(name, ".json") {
		f, diags = hcljson.Parse([]byte(src), name)
	} else {
		f, diags = hclsyntax.ParseConfig([]byte(src), name, hcl.InitialPos)
	}
	if diags.HasErrors() {
		return nil, diags
	}
	return hclext.PartialContent(f.Body, schema)
}

func (s sources) mustParse(t testing.TB, name, src string) *hclext.BodyContent {
	t.Helper()
	c, diags := s.parse(name, src, testSchema())
	if diags.HasErrors() {
		t.Fatalf("%s: %s", name, diags)
	}
	return c
}

// render writes content compactly: blocks as type.label.label{...} in order, attributes
// sorted, each as name=expression as written.
func (s sources) render(c *hclext.BodyContent) string {
	if c == nil {
		return ""
	}
	var parts []string
	names := make([]string, 0, len(c.Attributes))
	for n := range c.Attributes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		parts = append(parts, n+"="+s.text(c.Attributes[n].Expr.Range()))
	}
	for _, b := range c.Blocks {
		parts = append(parts, strings.Join(append([]string{b.Type}, b.Labels...), ".")+"{"+s.render(b.Body)+"}")
	}
	return strings.Join(parts, " ")
}

func (s sources) text(r hcl.Range) string {
	src, ok := s[r.Filename]
	if !ok || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
		return fmt.Sprintf("?%s", r)
	}
	return strings.Join(strings.Fields(string(src[r.Start.Byte:r.End.Byte])), " ")
}

func TestMergeOverrides(t *testing.T) {
	for _, tc := range []struct {
		name      string
		primary   string
		overrides []string // override files, merged in order; a name ending in .json is JSON
		want      string
	}{
		{
			name: "resource arguments replace the primary's, the rest stay",
			primary: `resource "aws_s3_bucket" "b" {
  bucket = "x"
  region = "us-east-1"
}`,
			overrides: []string{`resource "aws_s3_bucket" "b" { region = "us-west-2" }`},
			want:      `resource.aws_s3_bucket.b{bucket="x" region="us-west-2"}`,
		},
		{
			name: "resource blocks match by type and both labels",
			primary: `resource "aws_s3_bucket" "b" { region = "a" }
resource "aws_s3_bucket" "c" { region = "a" }
data "aws_s3_bucket" "b" { region = "a" }`,
			overrides: []string{`data "aws_s3_bucket" "b" { region = "z" }`},
			want:      `resource.aws_s3_bucket.b{region="a"} resource.aws_s3_bucket.c{region="a"} data.aws_s3_bucket.b{region="z"}`,
		},
		{
			name: "a nested block type in the override replaces every literal and dynamic block of that type; other types stay",
			primary: `resource "aws_dynamodb_table" "t" {
  replica { region_name = "us-east-1" }
  replica { region_name = "us-east-2" }
  dynamic "replica" {
    for_each = var.r
    content { region_name = replica.value }
  }
  tags { a = 1 }
}`,
			overrides: []string{`resource "aws_dynamodb_table" "t" {
  replica { region_name = "eu-west-1" }
}`},
			want: `resource.aws_dynamodb_table.t{tags{a=1} replica{region_name="eu-west-1"}}`,
		},
		{
			name: "a dynamic block in the override replaces the literal blocks of its type",
			primary: `resource "aws_dynamodb_table" "t" {
  replica { region_name = "us-east-1" }
  tags { a = 1 }
}`,
			overrides: []string{`resource "aws_dynamodb_table" "t" {
  dynamic "replica" {
    for_each = ["eu-west-1"]
    content { region_name = replica.value }
  }
}`},
			want: `resource.aws_dynamodb_table.t{tags{a=1} dynamic.replica{for_each=["eu-west-1"] content{region_name=replica.value}}}`,
		},
		{
			name: "lifecycle merges argument by argument and keeps the primary's conditions",
			primary: `resource "a" "b" {
  lifecycle {
    ignore_changes = [tags]
    prevent_destroy = true
    precondition { condition = true }
  }
}`,
			overrides: []string{`resource "a" "b" {
  lifecycle {
    prevent_destroy = false
    precondition { condition = false }
  }
}`},
			want: `resource.a.b{lifecycle{ignore_changes=[tags] prevent_destroy=false precondition{condition=true}}}`,
		},
		{
			name:    "a lifecycle override on a resource without one adds its arguments",
			primary: `resource "a" "b" { region = "x" }`,
			overrides: []string{`resource "a" "b" {
  lifecycle { create_before_destroy = true }
}`},
			want: `resource.a.b{region="x" lifecycle{create_before_destroy=true}}`,
		},
		{
			name: "provisioner blocks are replaced wholesale",
			primary: `resource "a" "b" {
  provisioner "local-exec" { command = "one" }
  provisioner "remote-exec" { command = "two" }
  replica { region_name = "r" }
}`,
			overrides: []string{`resource "a" "b" {
  provisioner "local-exec" { command = "three" }
}`},
			want: `resource.a.b{replica{region_name="r"} provisioner.local-exec{command="three"}}`,
		},
		{
			name: "module arguments replace, providers map included",
			primary: `module "net" {
  source    = "./net"
  providers = { aws = aws.east }
  cidr      = "10.0.0.0/16"
}`,
			overrides: []string{`module "net" { providers = { aws = aws.primary } }`},
			want:      `module.net{cidr="10.0.0.0/16" providers={ aws = aws.primary } source="./net"}`,
		},
		{
			name: "an override of an aliased provider never lands on the default configuration",
			primary: `provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}`,
			overrides: []string{`provider "aws" {
  alias  = "logs"
  region = "eu-west-1"
}`},
			want: `provider.aws{region="us-east-1"} provider.aws{alias="logs" region="eu-west-1"}`,
		},
		{
			name: "an override of the default provider configuration leaves the aliased ones",
			primary: `provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}
provider "aws" { region = "us-east-1" }`,
			overrides: []string{`provider "aws" { region = "eu-west-1" }`},
			want:      `provider.aws{alias="logs" region="us-west-2"} provider.aws{region="eu-west-1"}`,
		},
		{
			name:      "providers match by name too",
			primary:   `provider "google" { region = "us-east1" }`,
			overrides: []string{`provider "aws" { region = "eu-west-1" }`},
			want:      `provider.google{region="us-east1"} provider.aws{region="eu-west-1"}`,
		},
		{
			name: "a JSON override matches an HCL provider by alias; nested blocks of the provider are replaced",
			primary: `provider "aws" {
  alias  = "logs"
  region = "us-west-2"
  assume_role { role_arn = "a" }
}`,
			overrides: []string{`{"provider": {"aws": {"alias": "logs", "assume_role": {"role_arn": "b"}}}}`},
			want:      `provider.aws{alias="logs" region="us-west-2" assume_role{role_arn="b"}}`,
		},
		{
			name:    "an aliased provider override with no primary block is appended (Terraform rejects it)",
			primary: `provider "aws" { region = "us-east-1" }`,
			overrides: []string{`provider "aws" {
  alias  = "typo"
  region = "eu-west-1"
}`},
			want: `provider.aws{region="us-east-1"} provider.aws{alias="typo" region="eu-west-1"}`,
		},
		{
			name:      "a default provider override with no primary block becomes the configuration (Terraform accepts it)",
			overrides: []string{`provider "aws" { region = "eu-west-1" }`},
			want:      `provider.aws{region="eu-west-1"}`,
		},
		{
			name: "variable arguments replace; validation blocks stay the primary's",
			primary: `variable "region" {
  default = "us-east-1"
  type    = string
  validation { condition = true }
}`,
			overrides: []string{`variable "region" {
  default = "eu-west-1"
  validation { condition = false }
}`},
			want: `variable.region{default="eu-west-1" type=string validation{condition=true}}`,
		},
		{
			name:      "output arguments replace",
			primary:   `output "id" { value = aws_s3_bucket.a.id }`,
			overrides: []string{`output "id" { value = aws_s3_bucket.b.id }`},
			want:      `output.id{value=aws_s3_bucket.b.id}`,
		},
		{
			name: "each local replaces the primary local of its name, wherever it is defined",
			primary: `locals { a = 1 }
locals {
  b = 2
  c = 3
}`,
			overrides: []string{`locals {
  c = 30
  a = 10
}`},
			want: `locals{a=10} locals{b=2 c=30}`,
		},
		{
			name:    "a local with no primary definition is appended (Terraform rejects it)",
			primary: `locals { a = 1 }`,
			overrides: []string{`locals {
  a = 10
  z = 26
}`},
			want: `locals{a=10} locals{z=26}`,
		},
		{
			name: "required_providers entries merge by local name",
			primary: `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws    = { source = "hashicorp/aws" }
    google = { source = "hashicorp/google" }
  }
}`,
			overrides: []string{`terraform {
  required_version = ">= 1.9"
  required_providers {
    aws    = { source = "example/aws" }
    random = { source = "hashicorp/random" }
  }
}`},
			want: `terraform{required_version=">= 1.9" required_providers{aws={ source = "example/aws" } google={ source = "hashicorp/google" } random={ source = "hashicorp/random" }}}`,
		},
		{
			name: "a backend override replaces the primary's backend",
			primary: `terraform {
  backend "s3" { bucket = "primary" }
  required_providers { aws = { source = "hashicorp/aws" } }
}`,
			overrides: []string{`terraform {
  backend "gcs" { bucket = "dr" }
}`},
			want: `terraform{required_providers{aws={ source = "hashicorp/aws" }} backend.gcs{bucket="dr"}}`,
		},
		{
			name: "a backend override replaces the primary's cloud block",
			primary: `terraform {
  cloud { organization = "o" }
}`,
			overrides: []string{`terraform {
  backend "s3" { bucket = "dr" }
}`},
			want: `terraform{backend.s3{bucket="dr"}}`,
		},
		{
			name: "a cloud override replaces the primary's backend, in whichever terraform block",
			primary: `terraform { required_version = ">= 1" }
terraform {
  backend "s3" { bucket = "primary" }
}`,
			overrides: []string{`terraform {
  cloud {
    organization = "o"
    workspaces { name = "dr" }
  }
}`},
			want: `terraform{required_version=">= 1" cloud{organization="o" workspaces{name="dr"}}} terraform{}`,
		},
		{
			name: "a state_store override replaces the backend",
			primary: `terraform {
  backend "s3" { bucket = "primary" }
}`,
			overrides: []string{`terraform {
  state_store "x" { a = 1 }
}`},
			want: `terraform{state_store.x{a=1}}`,
		},
		{
			name:    "a terraform override without a primary terraform block makes one",
			primary: `resource "a" "b" {}`,
			overrides: []string{`terraform {
  backend "s3" { bucket = "dr" }
}`},
			want: `resource.a.b{} terraform{backend.s3{bucket="dr"}}`,
		},
		{
			name:    "provider_meta in an override is ignored, as Terraform ignores it",
			primary: `terraform { required_version = ">= 1" }`,
			overrides: []string{`terraform {
  provider_meta "aws" { x = 1 }
}`},
			want: `terraform{required_version=">= 1"}`,
		},
		{
			name:      "a resource override with no primary resource is appended (Terraform rejects it)",
			primary:   `resource "a" "b" { region = "x" }`,
			overrides: []string{`resource "a" "c" { region = "y" }`},
			want:      `resource.a.b{region="x"} resource.a.c{region="y"}`,
		},
		{
			name:    "import and moved blocks are kept (Terraform rejects them in overrides); check, removed and ephemeral blocks are dropped (Terraform ignores them)",
			primary: `resource "a" "b" {}`,
			overrides: []string{`import {
  to       = a.b
  id       = "x"
  provider = aws.primary
}
moved {
  from = a.c
  to   = a.b
}
check "c" {}
removed { from = a.d }
ephemeral "e" "f" { provider = aws.primary }`},
			want: `resource.a.b{} import{id="x" provider=aws.primary to=a.b} moved{from=a.c to=a.b}`,
		},
		{
			name: "override files apply in order, and a later block of one file wins over an earlier one",
			primary: `resource "a" "b" {
  region = "p"
  name   = "n"
}`,
			overrides: []string{
				`resource "a" "b" { region = "o1" }
resource "a" "b" { region = "o2" }`,
				`resource "a" "b" { name = "o3" }`,
			},
			want: `resource.a.b{name="o3" region="o2"}`,
		},
		{
			name:    "an unmatched override appended by one file is merged into by the next",
			primary: ``,
			overrides: []string{`resource "a" "b" {
  region = "o1"
  name   = "n"
}`, `resource "a" "b" { region = "o2" }`},
			want: `resource.a.b{name="n" region="o2"}`,
		},
		{
			name: "JSON overrides of resource arguments and nested blocks",
			primary: `resource "aws_dynamodb_table" "t" {
  replica { region_name = "us-east-1" }
  name = "n"
}`,
			overrides: []string{`{"resource": {"aws_dynamodb_table": {"t": {"replica": [{"region_name": "eu-west-1"}, {"region_name": "eu-west-2"}]}}}}`},
			want:      `resource.aws_dynamodb_table.t{name="n" replica{region_name="eu-west-1"} replica{region_name="eu-west-2"}}`,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := sources{}
			primary := s.mustParse(t, "main.tf", tc.primary)
			for i, o := range tc.overrides {
				name := fmt.Sprintf("o%d_override.tf", i)
				if strings.HasPrefix(o, "{") {
					name += ".json"
				}
				override := s.mustParse(t, name, o)
				before := s.render(override)
				MergeOverrides(primary, override)
				if after := s.render(override); after != before {
					t.Errorf("the override changed:\n%s\nto\n%s", before, after)
				}
			}
			if got := s.render(primary); got != tc.want {
				t.Errorf("merged:\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestMergeOverridesProviderAliasForms(t *testing.T) {
	s := sources{}
	primary := s.mustParse(t, "main.tf", `provider "aws" { region = "us-east-1" }
provider "aws" {
  alias  = logs
  region = "us-west-2"
}
provider "aws" {
  alias  = var.x
  region = "ap-south-1"
}`)
	override := s.mustParse(t, "override.tf", `provider "aws" {
  alias  = "logs"
  region = "eu-west-1"
}`)
	MergeOverrides(primary, override)
	want := `provider.aws{region="us-east-1"} provider.aws{alias="logs" region="eu-west-1"} provider.aws{alias=var.x region="ap-south-1"}`
	if got := s.render(primary); got != want {
		t.Errorf("a keyword alias matches a string one:\n got %s\nwant %s", got, want)
	}
}

func TestMergeOverridesNil(t *testing.T) {
	MergeOverrides(nil, &hclext.BodyContent{})
	MergeOverrides(&hclext.BodyContent{}, nil)
	primary := &hclext.BodyContent{Blocks: hclext.Blocks{nil, {Type: "resource", Labels: []string{"a", "b"}}, {Type: "terraform"}}}
	override := &hclext.BodyContent{Blocks: hclext.Blocks{
		nil,
		{Type: "resource", Labels: []string{"a", "b"}, Body: &hclext.BodyContent{Blocks: hclext.Blocks{nil, {Type: "lifecycle"}, {Type: "dynamic"}}}},
		{Type: "terraform", Body: &hclext.BodyContent{Blocks: hclext.Blocks{nil, {Type: "required_providers"}, {Type: "backend"}}}},
		{Type: "locals"},
		{Type: "provider"},
	}}
	MergeOverrides(primary, override)
}
