package model

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

// buildTree writes a root module and its child modules into a temporary directory and builds
// the model of the root there (main.tf goes through the SDK's test runner, the children are
// read from disk as in TFLint).
func buildTree(t *testing.T, files map[string]string, settings *config.Settings) *Model {
	t.Helper()
	dir := t.TempDir()
	writeFiles(t, dir, files)
	t.Chdir(dir)
	if settings == nil {
		settings = config.Default()
	}
	m, err := Load(NewRunner(helperRunner(t, files["main.tf"]), settings))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// helperRunner is the SDK's test runner over a root module of one file, main.tf.
func helperRunner(t *testing.T, main string) *helper.Runner {
	return helper.TestRunner(t, map[string]string{"main.tf": main})
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// child finds a module instance of the tree by address.
func child(t *testing.T, m *Model, address string) *Child {
	t.Helper()
	var found *Child
	for _, call := range m.RootCalls() {
		call.Walk(func(c *Child) {
			if c.Address == address {
				found = c
			}
		})
	}
	if found == nil {
		t.Fatalf("no module instance %s", address)
	}
	return found
}

const bindingRoot = `
provider "aws" {
  region = "us-west-2"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
module "explicit" {
  source    = "./modules/app"
  providers = { aws = aws.primary }
}
module "inherits" {
  source = "./modules/app"
}
module "renamed" {
  source = "./modules/aliased"
  providers = {
    aws     = aws
    aws.src = aws.east
  }
}
module "legacy" {
  source = "./modules/legacy"
}
`

var bindingFiles = map[string]string{
	"main.tf": bindingRoot,
	"modules/app/main.tf": `
resource "aws_s3_bucket" "b" {}
resource "aws_iam_role" "r" {}
resource "aws_sqs_queue" "own_region" {
  region = "us-west-2"
}
module "nested" {
  source = "../leaf"
}
`,
	"modules/leaf/main.tf": `resource "aws_sns_topic" "t" {}`,
	"modules/aliased/main.tf": `
terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.src]
    }
  }
}
resource "aws_s3_bucket" "dr" {}
resource "aws_s3_bucket" "src" {
  provider = aws.src
}
`,
	"modules/legacy/main.tf": `
provider "aws" {
  region = "us-east-1"
}
resource "aws_s3_bucket" "legacy" {}
`,
}

func TestBind(t *testing.T) {
	m := buildTree(t, bindingFiles, nil)
	tests := []struct {
		module, block string
		// want is the configuration the block is bound to: a root key, or module:key for one a
		// child declares itself.
		want      string
		via       bool
		inherited bool
	}{
		{"module.explicit", "aws_s3_bucket.b", "aws.primary", true, true},
		{"module.explicit.module.nested", "aws_sns_topic.t", "aws.primary", true, true},
		{"module.inherits", "aws_s3_bucket.b", "aws", false, true},
		{"module.inherits.module.nested", "aws_sns_topic.t", "aws", false, true},
		{"module.renamed", "aws_s3_bucket.dr", "aws", true, true},
		{"module.renamed", "aws_s3_bucket.src", "aws.east", true, false},
		{"module.legacy", "aws_s3_bucket.legacy", "module.legacy:aws", false, true},
	}
	for _, tt := range tests {
		c := child(t, m, tt.module)
		b := c.Module.Block(tt.block)
		binding, ok := m.Bind(c, b, Instance{})
		if !ok {
			t.Errorf("%s.%s: not bound", tt.module, tt.block)
			continue
		}
		got := ""
		switch {
		case binding.Ref != nil:
			got = binding.Ref.ConfigKey()
		case binding.Owned != nil:
			got = binding.Owner.Address + ":" + binding.Owned.Key()
		}
		if got != tt.want || (binding.Via != nil) != tt.via || binding.Inherited != tt.inherited {
			t.Errorf("%s.%s: bound to %s (via %v, inherited %v), want %s (via %v, inherited %v)", tt.module, tt.block, got, binding.Via != nil, binding.Inherited, tt.want, tt.via, tt.inherited)
		}
	}
}

func TestBlockPrimary(t *testing.T) {
	m := buildTree(t, bindingFiles, nil)
	tests := []struct {
		module, block string
		primary       bool
		why           Primary
	}{
		{"module.explicit", "aws_s3_bucket.b", true, Primary{Config: "aws.primary", Named: true, Region: "us-east-1"}},
		// A global service on a primary-named configuration is still primary.
		{"module.explicit", "aws_iam_role.r", true, Primary{Config: "aws.primary", Named: true, Region: "us-east-1"}},
		// Its own region does not clear a primary-named configuration.
		{"module.explicit", "aws_sqs_queue.own_region", true, Primary{Config: "aws.primary", Named: true, Region: "us-east-1"}},
		{"module.inherits", "aws_s3_bucket.b", false, Primary{}},
		{"module.renamed", "aws_s3_bucket.src", true, Primary{Config: "aws.east", Region: "us-east-1"}},
		{"module.legacy", "aws_s3_bucket.legacy", true, Primary{Config: "aws", Region: "us-east-1", Owner: "module.legacy"}},
	}
	for _, tt := range tests {
		c := child(t, m, tt.module)
		_, why, primary := m.BlockPrimary(c, c.Module.Block(tt.block), Instance{})
		if primary != tt.primary || why != tt.why {
			t.Errorf("%s.%s: BlockPrimary = %+v, %v; want %+v, %v", tt.module, tt.block, why, primary, tt.why, tt.primary)
		}
	}
}

// A configuration primary only by region does not bind a resource that names another region
// itself, nor a global service's object; a primary object it still is.
func TestBlockPrimaryByRegion(t *testing.T) {
	m := buildTree(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-east-1"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
resource "aws_s3_bucket" "inherits" {}
resource "aws_s3_bucket" "own_dr" {
  region = "us-west-2"
}
resource "aws_s3_bucket" "own_primary" {
  region = "us-east-1"
}
resource "aws_iam_role" "global" {}
resource "aws_route53_resolver_endpoint" "regional" {}
data "aws_iam_role" "read" {
  name = "app"
}
`}, nil)
	for block, want := range map[string]bool{
		"aws_s3_bucket.inherits":                 true,
		"aws_s3_bucket.own_dr":                   false,
		"aws_s3_bucket.own_primary":              true,
		"aws_iam_role.global":                    false,
		"aws_route53_resolver_endpoint.regional": true,
	} {
		if _, _, primary := m.BlockPrimary(nil, m.Block(block), Instance{}); primary != want {
			t.Errorf("BlockPrimary(%s) = %v, want %v", block, primary, want)
		}
	}
	if p, ok := m.PrimaryObject(nil, m.Block("data.aws_iam_role.read")); !ok || p.Config != "aws" {
		t.Errorf("a global service's data source read through a configuration primary by region is a primary object: %+v, %v", p, ok)
	}
	if p, ok := m.PrimaryObject(nil, m.Block("aws_s3_bucket.own_dr")); ok {
		t.Errorf("a bucket placed in the DR region by its own region is no primary object: %+v", p)
	}
}

func TestReceivesPrimary(t *testing.T) {
	m := buildTree(t, map[string]string{"main.tf": `
provider "aws" {
  region = "us-west-2"
}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
module "handed" {
  source    = "terraform-aws-modules/vpc/aws"
  providers = { aws = aws.primary }
}
module "aliased" {
  source    = "terraform-aws-modules/vpc/aws"
  providers = { aws.peer = aws.primary }
}
module "dr" {
  source = "terraform-aws-modules/vpc/aws"
}
module "told" {
  source    = "terraform-aws-modules/vpc/aws"
  secondary_region = "us-east-1"
}
`}, nil)
	for address, want := range map[string]bool{"module.handed": true, "module.aliased": true, "module.dr": false, "module.told": false} {
		if _, _, got := m.ReceivesPrimary(child(t, m, address)); got != want {
			t.Errorf("ReceivesPrimary(%s) = %v, want %v", address, got, want)
		}
	}
	if name, value, ok := m.RegionArgument(child(t, m, "module.told")); !ok || name != "secondary_region" || value != "us-east-1" {
		t.Errorf("RegionArgument = %s, %s, %v", name, value, ok)
	}
	if _, _, ok := m.RegionArgument(child(t, m, "module.dr")); ok {
		t.Error("module.dr is told no region")
	}
}
