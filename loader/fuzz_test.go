package loader

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

var fuzzSeeds = [][2]string{
	{`provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}
provider "aws" { region = "us-east-1" }
resource "aws_dynamodb_table" "t" {
  replica { region_name = "us-east-1" }
  dynamic "replica" {
    for_each = var.r
    content { region_name = replica.value }
  }
  lifecycle { prevent_destroy = true }
}
locals { a = 1 }
terraform {
  backend "s3" { bucket = "b" }
  required_providers { aws = { source = "hashicorp/aws" } }
}
module "m" { source = "./m" }
variable "v" { default = 1 }
output "o" { value = 1 }
`, `provider "aws" {
  alias  = "logs"
  region = "eu-west-1"
}
resource "aws_dynamodb_table" "t" {
  replica { region_name = "eu-west-1" }
  lifecycle { create_before_destroy = true }
}
locals { a = 2 }
terraform {
  cloud { organization = "o" }
  required_providers { google = { source = "hashicorp/google" } }
}
import {
  to = a.b
  id = "x"
}
resource "a" "b" {}
`},
	{`{"provider": {"aws": [{"alias": "east"}, {"region": "x"}]}}`, `{"provider": {"aws": {"alias": "east", "region": "y"}}}`},
	{"resource \"a\" {}", "locals {\n  a = \n}"},
	{"", "terraform { backend \"s3\" {} }"},
	{"provider \"aws\" { alias = var.x }", "provider \"aws\" { alias = \"${x}\" }"},
}

// FuzzReadModule reads a directory of a fuzzed main file and a fuzzed override file (HCL, or
// JSON when json is set): whatever they hold, reading never panics, and an error names the
// file at fault.
func FuzzReadModule(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s[0]), []byte(s[1]), s[0] != "" && s[0][0] == '{')
	}
	// One directory per worker process, its files rewritten for each input: a new directory
	// for each costs most of the time.
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, main, override []byte, json bool) {
		ext, stale := ".tf", ".tf.json"
		if json {
			ext, stale = stale, ext
		}
		for _, n := range []string{"main" + stale, "override" + stale} {
			if err := os.Remove(filepath.Join(dir, n)); err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, "main"+ext), main, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "override"+ext), override, 0o644); err != nil {
			t.Fatal(err)
		}
		mod, err := NewCache(testSchema()).Read(dir)
		if err != nil {
			var de *DirError
			if !errors.As(err, &de) || de.File == "" || de.Reason == "" || de.Dir != dir {
				t.Fatalf("error %#v", err)
			}
			return
		}
		if mod.Content == nil || len(mod.Files) != 2 || !sort.StringsAreSorted(mod.Files) {
			t.Fatalf("module %+v", mod)
		}
	})
}

// FuzzMergeOverrides merges a fuzzed override file into a fuzzed primary file: it never
// panics, never changes the override, and every argument of the last override of a resource,
// data, module, variable or output block is in the merged block of that type and labels.
func FuzzMergeOverrides(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, primarySrc, overrideSrc string) {
		s := sources{}
		name := func(base, src string) string {
			if len(src) > 0 && src[0] == '{' {
				return base + ".json"
			}
			return base
		}
		primary, diags := s.parse(name("main.tf", primarySrc), primarySrc, testSchema())
		if diags.HasErrors() {
			return
		}
		override, diags := s.parse(name("override.tf", overrideSrc), overrideSrc, testSchema())
		if diags.HasErrors() {
			return
		}
		before := s.render(override)
		MergeOverrides(primary, override)
		if after := s.render(override); after != before {
			t.Fatalf("the override changed:\n%s\nto\n%s", before, after)
		}
		last := map[string]*hclext.Block{}
		for _, b := range override.Blocks {
			switch b.Type {
			case "resource", "data", "module", "variable", "output":
				last[blockKey(b)] = b
			}
		}
		for key, ob := range last {
			var merged *hclext.Block
			for _, b := range primary.Blocks {
				if blockKey(b) == key {
					merged = b
					break
				}
			}
			if merged == nil {
				t.Fatalf("no merged block %s", key)
			}
			for n, a := range ob.Body.Attributes {
				if got := merged.Body.Attributes[n]; got == nil || got.Range != a.Range {
					t.Fatalf("%s.%s is not the override's", key, n)
				}
			}
		}
	})
}

func blockKey(b *hclext.Block) string {
	key := b.Type
	for _, l := range b.Labels {
		key += "\x00" + l
	}
	return key
}
