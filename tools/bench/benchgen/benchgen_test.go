package benchgen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2/hclparse"
)

// A small tree: deterministic, every file parses, every rule is planted, and every expected
// finding points at the line its form writes.
func TestGenerate(t *testing.T) {
	size, _ := SizeNamed("small")
	opts := DefaultOptions(size, 7)
	a, b := t.TempDir(), t.TempDir()
	m, err := Generate(a, opts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(b, opts); err != nil {
		t.Fatal(err)
	}
	if m.ManagedResources != size.Roots*size.Resources {
		t.Errorf("%d managed resources, want %d", m.ManagedResources, size.Roots*size.Resources)
	}
	parser := hclparse.NewParser()
	files := 0
	err = filepath.WalkDir(a, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, path)
		got, _ := os.ReadFile(path)
		want, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs between two runs with the same options", rel)
		}
		if strings.HasSuffix(path, ".tf") {
			files++
			if _, diags := parser.ParseHCLFile(path); diags.HasErrors() {
				t.Errorf("%s: %s", rel, diags)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files != m.Files {
		t.Errorf("manifest counts %d files, %d on disk", m.Files, files)
	}

	// What the line of each form's finding holds.
	want := map[string]string{
		"provider_primary_alias": "provider = aws.primary", "provider_primary_alias_count": "provider = aws.primary",
		"provider_primary_alias_for_each": "provider = aws.primary",
		"providers_map_primary_default":   "aws = aws.primary",
		"region_literal":                  `region = "us-east-1"`, "availability_zone_literal": `availability_zone = "us-east-1b"`,
		"replica_block": `region_name = "us-east-1"`, "region_variable": "region = var.primary_region",
		"secret_replica":       `region = "us-east-1"`,
		"third_region_literal": `region = "eu-west-1"`, "third_region_variable": "region = var.audit_region",
		"alias_without_region": `provider "aws" {`, "required_provider_without_block": "google = {",
		"lock_table": `dynamodb_table = "primary-tf-locks"`, "same_storage": `bucket = "primary-terraform-state"`,
		"primary_region":        `region = "us-east-1"`,
		"route_table_via_local": "route_table_id = local.primary_route_table_id", "security_group_via_local": "security_group_id = local.primary_app_sg_id",
		"zone_via_local": "zone_id = local.primary_zone_id", "bucket_policy_direct": "bucket = data.terraform_remote_state.network.outputs.logs_bucket",
		"state_bucket_literal": `bucket = "primary-terraform-state"`, "role_via_local": "role = local.primary_role_name",
		"own_state": `data "terraform_remote_state" "self_check" {`, "module_input": "route_table_id = local.primary_route_table_id",
	}
	rules := map[string]bool{}
	for _, e := range m.Expected {
		rules[e.Rule] = true
		src, err := os.ReadFile(filepath.Join(a, filepath.FromSlash(e.File)))
		if err != nil {
			t.Errorf("%s: %v", e.Key(), err)
			continue
		}
		lines := strings.Split(string(src), "\n")
		if e.Line < 1 || e.Line > len(lines) {
			t.Errorf("%s: no such line", e.Key())
			continue
		}
		line := strings.Join(strings.Fields(lines[e.Line-1]), " ")
		if w, ok := want[e.Form]; !ok || !strings.HasPrefix(line, w) {
			t.Errorf("%s (%s): line is %q, want it to start with %q", e.Key(), e.Form, line, w)
		}
	}
	for _, r := range Rules {
		if !rules[r] {
			t.Errorf("no violation of %s planted", r)
		}
	}
}
