package ruleset

import (
	"os"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func content(t *testing.T, r *RuleSet, src string) *hclext.BodyContent {
	t.Helper()
	file, diags := hclsyntax.ParseConfig([]byte(src), ".tflint.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	c, diags := hclext.Content(file.Body, r.ConfigSchema())
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return c
}

func TestApplyConfig(t *testing.T) {
	r := &RuleSet{}
	if err := r.ApplyConfig(content(t, r, `primary_regions = ["us-east-1"]`)); err != nil {
		t.Fatal(err)
	}
	runner, err := r.NewRunner(helper.TestRunner(t, map[string]string{"main.tf": ""}))
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Load(runner)
	if err != nil || m == nil {
		t.Fatalf("model = %v, %v", m, err)
	}
	if m.PrimaryRegions.String() != "us-east-1" {
		t.Errorf("primary regions = %s: the runner did not get the applied settings", m.PrimaryRegions)
	}
}

func TestApplyConfigBackendFileRelativeToWorkingDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/dr.s3.tfbackend", []byte(`bucket = "dr"`), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	r := &RuleSet{}
	if err := r.ApplyConfig(content(t, r, `backend_config_file = "dr.s3.tfbackend"`)); err != nil {
		t.Fatal(err)
	}
	if err := r.ApplyConfig(content(t, r, `backend_config_file = "missing.tfbackend"`)); err == nil || !strings.Contains(err.Error(), `backend_config_file "missing.tfbackend" does not exist`) {
		t.Errorf("err = %v", err)
	}
}

func TestNewRunnerWithoutConfig(t *testing.T) {
	r := &RuleSet{}
	runner, err := r.NewRunner(helper.TestRunner(t, map[string]string{"main.tf": ""}))
	if err != nil {
		t.Fatal(err)
	}
	if m, err := model.Load(runner); err != nil || m.Settings.PrimaryAliases[0] != "primary" {
		t.Errorf("defaults not applied: %v %v", m, err)
	}
}
