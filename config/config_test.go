package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

func decode(t testing.TB, src, dir string) (*Settings, error) {
	file, diags := hclsyntax.ParseConfig([]byte(src), ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("parse: %s", diags)
	}
	content, diags := hclext.Content(file.Body, Schema())
	if diags.HasErrors() {
		t.Fatalf("content: %s", diags)
	}
	return Decode(content, dir)
}

func TestDecodeDefaults(t *testing.T) {
	s, err := decode(t, "", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.PrimaryAliases) != 1 || s.PrimaryAliases[0] != "primary" || len(s.PrimaryRegions) != 0 || len(s.PrimaryStates) != 0 {
		t.Errorf("defaults = %+v", s)
	}
}

func TestDecode(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dr.s3.tfbackend"), []byte("bucket = \"dr-state\"\nregion = \"us-west-2\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := decode(t, `
primary_aliases = ["primary", "east"]
primary_regions = ["us-east-1"]
dr_regions      = ["us-west-2", "us-west-2"]
backend_config_file = "dr.s3.tfbackend"
primary_state {
  backend    = "s3"
  bucket     = "primary-terraform-state"
  key        = "network/terraform.tfstate"
  region     = "us-east-1"
  lock_table = "primary-tf-locks"
}
primary_state {
  backend      = "cloud"
  organization = "acme"
  workspace    = "network-primary"
}
`, dir)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(s.PrimaryAliases, ",") != "primary,east" || strings.Join(s.DRRegions, ",") != "us-west-2" {
		t.Errorf("aliases %v dr %v", s.PrimaryAliases, s.DRRegions)
	}
	if s.BackendConfig["bucket"].AsString() != "dr-state" {
		t.Errorf("backend config = %v", s.BackendConfig)
	}
	if len(s.PrimaryStates) != 2 || s.PrimaryStates[0].LockTable() != "primary-tf-locks" || s.PrimaryStates[1].Backend != "remote" {
		t.Errorf("primary states = %+v", s.PrimaryStates)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"aliases not a list", `primary_aliases = "primary"`, `.tflint.hcl:1,1-28: primary_aliases must be a list of strings, e.g. primary_aliases = ["primary"]`},
		{"aliases of numbers", `primary_aliases = [1]`, `primary_aliases must be a list of strings`},
		{"empty alias", `primary_aliases = [""]`, `primary_aliases must not contain an empty string`},
		{"regions null", `primary_regions = null`, `primary_regions must be a list of strings`},
		{"dr regions map", `dr_regions = { a = "b" }`, `dr_regions must be a list of strings`},
		{"variable reference", `primary_regions = [var.region]`, `primary_regions must be a literal value`},
		{"backend file empty", `backend_config_file = ""`, `backend_config_file must not be empty`},
		{"backend file number", `backend_config_file = 3`, `backend_config_file must be a string`},
		{"backend file missing", `backend_config_file = "nope.tfbackend"`, `backend_config_file "nope.tfbackend" does not exist; give a regular file, relative to the linted directory, or remove the attribute`},
		{"backend file is a directory", `backend_config_file = "."`, `backend_config_file "." is a directory, not a regular file`},
		{"backend file is a device", `backend_config_file = "/dev/zero"`, `backend_config_file "/dev/zero" is a device, not a regular file`},
		{"primary_state without backend", "primary_state {\n  bucket = \"b\"\n}", `primary_state needs backend, e.g. backend = "s3"`},
		{"primary_state unknown backend", "primary_state {\n  backend = \"floppy\"\n}", `primary_state backend "floppy" is not a backend drguard knows; use one of azurerm, cloud, consul, cos, gcs, http, kubernetes, local, oss, pg, remote, s3`},
		{"primary_state attribute of another backend", "primary_state {\n  backend = \"s3\"\n  bucket = \"b\"\n  prefix = \"p\"\n}", `primary_state of backend "s3" does not take prefix; it takes bucket, key, lock_table, region`},
		{"primary_state missing bucket", "primary_state {\n  backend = \"s3\"\n  key = \"k\"\n}", `primary_state of backend "s3" needs bucket to name the primary's state storage`},
		{"primary_state empty bucket", "primary_state {\n  backend = \"s3\"\n  bucket = \" \"\n}", `bucket must not be empty`},
		{"primary_state bucket list", "primary_state {\n  backend = \"s3\"\n  bucket = [\"b\"]\n}", `bucket must be a string, e.g. bucket = "..."`},
		{"cloud needs workspace", "primary_state {\n  backend = \"cloud\"\n  organization = \"o\"\n}", `primary_state of backend "cloud" needs workspace`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(t, tt.src, t.TempDir())
			if err == nil {
				t.Fatalf("want an error containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %q\nwant it to contain %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`primary_aliases = ["primary"]`)
	f.Add("primary_state {\n  backend = \"s3\"\n  bucket = \"b\"\n}")
	f.Add(`backend_config_file = "x"`)
	f.Add(`dr_regions = [null, 1, "a"]`)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src string) {
		file, diags := hclsyntax.ParseConfig([]byte(src), ".tflint.hcl", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		content, diags := hclext.Content(file.Body, Schema())
		if diags.HasErrors() {
			return
		}
		s, err := Decode(content, dir)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("multi-line error: %q", err)
			}
			return
		}
		if s == nil {
			t.Error("nil settings without an error")
		}
	})
}
