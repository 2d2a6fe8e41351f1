package model

import (
	"reflect"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

func build(t *testing.T, src string, settings *config.Settings) *Model {
	t.Helper()
	if settings == nil {
		settings = config.Default()
	}
	m, err := Load(NewRunner(helper.TestRunner(t, map[string]string{"main.tf": src}), settings))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// recordingRunner records the content requests made through it.
type recordingRunner struct {
	*helper.Runner
	requests []*hclext.BodySchema
}

func (r *recordingRunner) GetModuleContent(schema *hclext.BodySchema, opts *tflint.GetModuleContentOption) (*hclext.BodyContent, error) {
	r.requests = append(r.requests, schema)
	return r.Runner.GetModuleContent(schema, opts)
}

// make bench's floor plugin makes drguard's request through RequestSchema: with the default
// configuration, drguard makes exactly that one request, and it asks for no variable blocks.
func TestRequestSchema(t *testing.T) {
	r := &recordingRunner{Runner: helper.TestRunner(t, map[string]string{"main.tf": seedProviders})}
	if _, err := Load(NewRunner(r, config.Default())); err != nil {
		t.Fatal(err)
	}
	if len(r.requests) != 1 {
		t.Fatalf("%d content requests, want 1", len(r.requests))
	}
	if !reflect.DeepEqual(r.requests[0], RequestSchema()) {
		t.Errorf("drguard requested %+v, RequestSchema is %+v", r.requests[0], RequestSchema())
	}
	for _, b := range r.requests[0].Blocks {
		if b.Type == "variable" {
			t.Error("the root request asks for variable blocks")
		}
	}
}

const seedProviders = `
variable "dr_region" {
  default = "us-west-2"
}
provider "aws" {
  region = var.dr_region
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias    = "by_region"
  for_each = { east = "us-east-1", west = "us-west-2" }
  region   = each.value
}
provider "aws" {
  alias = "nowhere"
}
`

func TestPrimary(t *testing.T) {
	m := build(t, seedProviders, nil)
	if got := m.PrimaryRegions.String(); got != "us-east-1" {
		t.Fatalf("primary regions = %q", got)
	}
	if got := m.Config("aws").Region; got != "us-west-2" {
		t.Errorf("default region = %q (variable default)", got)
	}
	tests := []struct {
		ref     ProviderRef
		primary bool
		why     Primary
	}{
		{ProviderRef{Name: "aws"}, false, Primary{}},
		{ProviderRef{Name: "aws", Alias: "primary"}, true, Primary{Config: "aws.primary", Named: true, Region: "us-east-1"}},
		{ProviderRef{Name: "aws", Alias: "east"}, true, Primary{Config: "aws.east", Region: "us-east-1"}},
		{ProviderRef{Name: "aws", Alias: "nowhere"}, false, Primary{}},
		{ProviderRef{Name: "aws", Alias: "undeclared"}, false, Primary{}},
		{ProviderRef{Name: "google", Alias: "primary"}, true, Primary{Config: "google.primary", Named: true}},
		{ProviderRef{Name: "aws", Alias: "by_region", HasKey: true, Key: "west", KeyKnown: true}, false, Primary{}},
		{ProviderRef{Name: "aws", Alias: "by_region", HasKey: true, Key: "east", KeyKnown: true}, true, Primary{Config: `aws.by_region["east"]`, Region: "us-east-1"}},
		{ProviderRef{Name: "aws", Alias: "by_region", HasKey: true, Key: "north", KeyKnown: true}, true, Primary{Config: `aws.by_region["north"]`, Region: "us-east-1", Instance: "east"}},
		{ProviderRef{Name: "aws", Alias: "by_region", HasKey: true}, true, Primary{Config: `aws.by_region[...]`, Region: "us-east-1", Instance: "east"}},
	}
	for _, tt := range tests {
		t.Run(tt.ref.String(), func(t *testing.T) {
			why, primary := m.PrimaryRef(tt.ref)
			if primary != tt.primary || why != tt.why {
				t.Errorf("PrimaryRef() = %+v, %v; want %+v, %v", why, primary, tt.why, tt.primary)
			}
		})
	}
}

func TestPrimaryRegionsConfigured(t *testing.T) {
	s := config.Default()
	s.PrimaryRegions = []string{"eu-west-1"}
	m := build(t, seedProviders, s)
	if got := m.PrimaryRegions.String(); got != "eu-west-1" {
		t.Fatalf("primary regions = %q, want the configured ones only", got)
	}
	if _, primary := m.PrimaryRef(ProviderRef{Name: "aws", Alias: "east"}); primary {
		t.Error("aws.east is in us-east-1, not a configured primary region")
	}
	if _, primary := m.PrimaryRef(ProviderRef{Name: "aws", Alias: "primary"}); !primary {
		t.Error("aws.primary is primary-named")
	}
}

func TestPrimaryAliasesConfigured(t *testing.T) {
	s := config.Default()
	s.PrimaryAliases = []string{"east"}
	m := build(t, seedProviders, s)
	if _, primary := m.PrimaryRef(ProviderRef{Name: "aws", Alias: "primary"}); !primary {
		t.Error("aws.primary is in the inferred primary region us-east-1")
	}
	s.PrimaryAliases = []string{"main"}
	m = build(t, seedProviders, s)
	if len(m.PrimaryRegions) != 0 {
		t.Errorf("no configuration is named main: primary regions = %q", m.PrimaryRegions)
	}
	if _, primary := m.PrimaryRef(ProviderRef{Name: "aws", Alias: "primary"}); primary {
		t.Error("primary is not a primary alias any more")
	}
}

func TestBlocks(t *testing.T) {
	m := build(t, `
resource "aws_s3_bucket" "a" {
  provider = aws.primary
}
data "aws_vpc" "b" {
  provider = aws.primary
}
ephemeral "aws_secretsmanager_secret_version" "c" {
  provider = aws.primary
}
import {
  to       = module.x.aws_s3_bucket.d["k"]
  id       = "d"
  provider = aws.primary
}
resource "google_storage_bucket" "e" {}
module "m" {
  source    = "./m"
  providers = {
    aws     = aws
    aws.src = aws.primary
  }
}
`, nil)
	var got []string
	for _, b := range m.Blocks {
		got = append(got, b.Address()+"@"+b.ProviderKey())
	}
	want := "aws_s3_bucket.a@aws.primary data.aws_vpc.b@aws.primary ephemeral.aws_secretsmanager_secret_version.c@aws.primary import of aws_s3_bucket.d@aws.primary google_storage_bucket.e@google"
	if strings.Join(got, " ") != want {
		t.Errorf("blocks = %s\nwant     %s", strings.Join(got, " "), want)
	}
	if !m.Blocks[0].Managed() || m.Blocks[1].Managed() || m.Blocks[2].Managed() || !m.Blocks[3].Managed() {
		t.Error("Managed()")
	}
	if got := strings.Join(m.UsedDefaultProviders(), " "); got != "aws google" {
		t.Errorf("used default providers = %q", got)
	}
	if len(m.ModuleCalls) != 1 || len(m.ModuleCalls[0].Providers) != 2 || m.ModuleCalls[0].Providers[1].ChildKey != "aws.src" {
		t.Errorf("module calls = %+v", m.ModuleCalls)
	}
}

func TestBadProviderReference(t *testing.T) {
	_, err := Load(NewRunner(helper.TestRunner(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "a" {
  provider = aws.a.b
}`}), config.Default()))
	if err == nil || !strings.Contains(err.Error(), "main.tf:3,14-21: a provider reference must look like aws or aws.ALIAS") {
		t.Errorf("err = %v", err)
	}
}

func TestStateLocations(t *testing.T) {
	s := config.Default()
	s.PrimaryStates = []state.Location{state.New("gcs", map[string]string{"bucket": "primary-gcs"}, nil)}
	m := build(t, `
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
terraform {
  backend "s3" {
    bucket         = "dr-terraform-state"
    key            = "dr.tfstate"
    region         = "us-west-2"
    dynamodb_table = "dr-locks"
  }
}
data "terraform_remote_state" "network" {
  backend = "s3"
  config = {
    bucket = "primary-terraform-state"
    key    = "network.tfstate"
    region = "us-east-1"
  }
}
data "terraform_remote_state" "dr_only" {
  backend = "s3"
  config = {
    bucket = "other"
    key    = "x"
    region = "us-west-2"
  }
}
data "terraform_remote_state" "gcs" {
  backend = "gcs"
  config = {
    bucket = "primary-gcs"
    prefix = "p"
  }
}
data "terraform_remote_state" "azure" {
  backend = "azurerm"
  config = {
    storage_account_name = "acct"
    container_name       = "c"
    key                  = "k"
  }
}
`, s)
	if m.Backend == nil || m.Backend.Location.Attrs["bucket"] != "dr-terraform-state" || m.Backend.Location.Region() != "us-west-2" {
		t.Fatalf("backend = %+v", m.Backend)
	}
	var sources []string
	for _, p := range m.PrimaryLocations() {
		sources = append(sources, p.Source)
	}
	// With a primary_state block, primary_state blocks decide which remote states read the
	// primary: network names the primary region, but no block covers its bucket.
	want := "primary_state block 1, data.terraform_remote_state.gcs"
	if got := strings.Join(sources, ", "); got != want {
		t.Errorf("primary locations = %s\nwant %s", got, want)
	}
}
