package model

import (
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// scoped returns settings with the dr_scope given as HCL body text and us-east-1 primary.
func scoped(t *testing.T, body string) *config.Settings {
	t.Helper()
	f, diags := hclsyntax.ParseConfig([]byte("primary_regions = [\"us-east-1\"]\ndr_scope {\n"+body+"\n}\n"), ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	content, diags := hclext.Content(f.Body, config.Schema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s, err := config.Decode(content, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

const scopeRoot = `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
provider "aws" {
  alias    = "by_region"
  for_each = { primary = "us-east-1", dr = "us-west-2" }
  region   = each.value
}
resource "aws_s3_bucket" "primary" {}
resource "aws_s3_bucket" "dr" {
  provider = aws.dr
}
resource "aws_s3_bucket" "each" {
  for_each = { primary = 1, dr = 2 }
  provider = aws.by_region[each.key]
}
data "aws_vpc" "on_dr" {
  provider = aws.dr
}
module "app_dr" {
  source = "./modules/app"
}
module "handed" {
  source    = "./modules/app"
  providers = { aws = aws.dr }
}
module "aliased_only" {
  source    = "./modules/app"
  providers = { aws.secondary = aws.dr }
}
`

func TestDRSide(t *testing.T) {
	files := map[string]string{"main.tf": scopeRoot, "modules/app/main.tf": `resource "aws_sqs_queue" "q" {}`}
	m := buildTree(t, files, scoped(t, `modules = ["*_dr"]
providers = ["aws.dr", "aws.by_region[\"dr\"]"]`))
	if !m.Scoped() {
		t.Fatal("Scoped() = false")
	}
	for address, want := range map[string]bool{"aws_s3_bucket.primary": false, "aws_s3_bucket.dr": true, "data.aws_vpc.on_dr": false} {
		if got := m.DRBlock(m.Block(address), Instance{}); got != want {
			t.Errorf("DRBlock(%s) = %v, want %v", address, got, want)
		}
	}
	insts, _ := m.Instances(m.Block("aws_s3_bucket.each"))
	sides := map[string]bool{}
	for _, inst := range insts {
		sides[inst.Key] = m.DRBlock(m.Block("aws_s3_bucket.each"), inst)
	}
	if !sides["dr"] || sides["primary"] {
		t.Errorf("instances' sides = %v: only the instance on aws.by_region[\"dr\"] is the DR side", sides)
	}
	for address, want := range map[string]bool{"module.app_dr": true, "module.handed": true, "module.aliased_only": false} {
		if got := m.DRChild(child(t, m, address)); got != want {
			t.Errorf("DRChild(%s) = %v, want %v", address, got, want)
		}
	}
	if !m.PrimarySide(nil, m.Block("aws_s3_bucket.primary")) || m.PrimarySide(nil, m.Block("aws_s3_bucket.dr")) || m.PrimarySide(nil, m.Block("aws_s3_bucket.each")) {
		t.Error("PrimarySide: a block is the primary side's when no instance of it is on the DR side")
	}
	uses := m.DRUses()
	for _, key := range []string{"aws.dr", "aws.by_region", "aws"} {
		if !uses[key] {
			t.Errorf("DRUses() = %v, missing %s (module.app_dr inherits aws)", uses, key)
		}
	}
	var selected []string
	for _, p := range m.Providers {
		for _, ref := range m.ScopeSelects(p) {
			selected = append(selected, ref.String())
		}
	}
	if got := strings.Join(selected, " "); got != `aws.dr aws.by_region["dr"]` {
		t.Errorf("ScopeSelects = %s", got)
	}
}

func TestWithoutScopeEverythingIsDR(t *testing.T) {
	m := buildTree(t, map[string]string{"main.tf": scopeRoot, "modules/app/main.tf": ``}, nil)
	if m.Scoped() || !m.DRBlock(m.Block("aws_s3_bucket.primary"), Instance{}) || !m.DRChild(child(t, m, "module.aliased_only")) || m.DRUses() != nil || m.PrimarySide(nil, m.Block("aws_s3_bucket.primary")) {
		t.Error("without dr_scope, everything is the DR side")
	}
}

func TestScopeFiles(t *testing.T) {
	m := buildTree(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
module "x" {
  source = "./modules/app"
}
`, "dr-extra.tf": `resource "aws_s3_bucket" "extra" {}`, "modules/app/main.tf": ``}, scoped(t, `files = ["main.tf"]`))
	if !m.DRChild(child(t, m, "module.x")) {
		t.Error("a module call written in a selected file is the DR side, with its subtree")
	}
}

func TestScopeErrors(t *testing.T) {
	files := map[string]string{"main.tf": scopeRoot, "modules/app/main.tf": ``}
	for body, want := range map[string]string{
		`modules = ["dr"]`:            `dr_scope modules entry "dr" selects nothing: no module call of the root module has that name (there are: app_dr, handed, aliased_only)`,
		`files = ["dr.tf"]`:           `dr_scope files entry "dr.tf" selects nothing: no file of the root module has that name (there are: main.tf)`,
		`providers = ["aws.primary"]`: `dr_scope providers entry "aws.primary" selects nothing: no provider configuration of the root module has that key (there are: aws, aws.by_region, aws.by_region["dr"], aws.by_region["primary"], aws.dr)`,
		`providers = ["google.*"]`:    `dr_scope providers entry "google.*" selects nothing`,
	} {
		t.Run(body, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			writeFiles(t, dir, files)
			_, err := Load(NewRunner(helperRunner(t, files["main.tf"]), scoped(t, body)))
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v\nwant it to contain %s", err, want)
			}
		})
	}
	s := scoped(t, `modules = ["app_dr"]`)
	s.PrimaryRegions = nil
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, files)
	if _, err := Load(NewRunner(helperRunner(t, files["main.tf"]), s)); err == nil || !strings.Contains(err.Error(), "dr_scope needs a primary region to judge the DR side by") {
		t.Errorf("no primary region: err = %v", err)
	}
}

func TestScopeErrorNamesTheMissingVariable(t *testing.T) {
	main := `
variable "region_primary" {}
provider "aws" {
  alias  = "primary"
  region = var.region_primary
}
resource "aws_sqs_queue" "q" {}
`
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"main.tf": main})
	s := scoped(t, `files = ["main.tf"]`)
	s.PrimaryRegions = nil
	_, err := Load(NewRunner(helperRunner(t, main), s))
	if err == nil || !strings.Contains(err.Error(), "aws.primary takes its region from var.region_primary, which has no default and no value here") {
		t.Errorf("err = %v", err)
	}
}
