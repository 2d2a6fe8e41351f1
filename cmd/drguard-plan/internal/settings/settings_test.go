package settings

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
)

func TestLoadMissing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, ".tflint.hcl")
	got, err := Load(missing, false, dir)
	if err != nil {
		t.Fatalf("a missing default file must mean defaults: %v", err)
	}
	if !reflect.DeepEqual(got.Settings.PrimaryAliases, []string{"primary"}) || len(got.Settings.PrimaryRegions) != 0 || got.AllowedResourceTypes != nil || got.Path != "" {
		t.Errorf("defaults: %+v", got)
	}
	if _, err := Load(missing, true, dir); err == nil || err.Error() != "--config "+missing+" does not exist" {
		t.Errorf("a missing --config file must be an error, got %v", err)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		aliases []string
		regions []string
		allowed config.ResourceTypes
		err     string
	}{
		{
			name:    "no drguard block: defaults; other plugins and rules ignored",
			src:     "config {\n  call_module_type = \"all\"\n}\nplugin \"aws\" {\n  enabled = true\n  deep_check = true\n}\nrule \"terraform_unused_declarations\" {\n  enabled = false\n}\n",
			aliases: []string{"primary"},
		},
		{
			name: "the full plugin block; TFLint's own attributes dropped",
			src: `plugin "drguard" {
  enabled     = true
  version     = "0.1.0"
  source      = "github.com/drguard/tflint-ruleset-drguard"
  signing_key = "KEY"
  signature   = "SIG"

  primary_aliases = ["primary", "main"]
  primary_regions = ["us-east-1"]
  dr_regions      = ["us-west-2"]

  primary_state {
    backend = "s3"
    bucket  = "primary-terraform-state"
  }
}

rule "drguard_primary_provider_resource" {
  enabled                = true
  allowed_resource_types = ["aws_acm_certificate", "aws_cloudfront_*"]
}
`,
			aliases: []string{"primary", "main"},
			regions: []string{"us-east-1"},
			allowed: config.ResourceTypes{"aws_acm_certificate", "aws_cloudfront_*"},
		},
		{
			name:    "rule block alone",
			src:     "rule \"drguard_primary_provider_resource\" {\n  allowed_resource_types = [\"aws_iam_*\"]\n}\n",
			aliases: []string{"primary"},
			allowed: config.ResourceTypes{"aws_iam_*"},
		},
		{name: "unknown plugin attribute", src: "plugin \"drguard\" {\n  primary_alias = [\"x\"]\n}\n", err: `.tflint.hcl:2,3-16: Unsupported argument: An argument named "primary_alias" is not expected here.`},
		{name: "wrong type, in the plugin's words", src: "plugin \"drguard\" {\n  primary_aliases = \"primary\"\n}\n", err: "primary_aliases must be a list of strings"},
		{name: "bad primary_state, in the plugin's words", src: "plugin \"drguard\" {\n  primary_state {\n    bucket = \"b\"\n  }\n}\n", err: "primary_state needs backend"},
		{name: "unreadable backend_config_file", src: "plugin \"drguard\" {\n  backend_config_file = \"missing.s3.tfbackend\"\n}\n", err: `backend_config_file "missing.s3.tfbackend" does not exist`},
		{name: "duplicate plugin block", src: "plugin \"drguard\" {}\nplugin \"drguard\" {}\n", err: "duplicate plugin \"drguard\" block"},
		{name: "unknown rule attribute", src: "rule \"drguard_primary_provider_resource\" {\n  allowed_types = [\"x\"]\n}\n", err: `Unsupported argument`},
		{name: "allowed_resource_types not a list", src: "rule \"drguard_primary_provider_resource\" {\n  allowed_resource_types = 3\n}\n", err: "allowed_resource_types must be a list of resource type patterns"},
		{name: "bad glob", src: "rule \"drguard_primary_provider_resource\" {\n  allowed_resource_types = [\"aws_[\"]\n}\n", err: `allowed_resource_types entry "aws_[" is not a valid glob pattern`},
		{name: "HCL syntax error", src: "plugin \"drguard\" {\n", err: ".tflint.hcl:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(".tflint.hcl", []byte(tt.src), t.TempDir())
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("err = %v, want one containing %q", err, tt.err)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error is not one line: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Settings.PrimaryAliases, tt.aliases) || !reflect.DeepEqual(got.Settings.PrimaryRegions, tt.regions) || !reflect.DeepEqual(got.AllowedResourceTypes, tt.allowed) {
				t.Errorf("got aliases %q regions %q allowed %q", got.Settings.PrimaryAliases, got.Settings.PrimaryRegions, got.AllowedResourceTypes)
			}
		})
	}
}

func TestBackendConfigFileResolvesAgainstDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dr.s3.tfbackend"), []byte("bucket = \"dr-state\"\nkey = \"k\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Parse(".tflint.hcl", []byte("plugin \"drguard\" {\n  backend_config_file = \"dr.s3.tfbackend\"\n}\n"), dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Settings.BackendConfigFile != "dr.s3.tfbackend" {
		t.Errorf("backend_config_file = %q", got.Settings.BackendConfigFile)
	}
}

func TestParseJSONConfig(t *testing.T) {
	src := `{"plugin": {"drguard": {"enabled": true, "primary_aliases": ["main"]}}, "rule": {"drguard_primary_provider_resource": {"allowed_resource_types": ["aws_acm_certificate"]}}}`
	got, err := Parse(".tflint.json", []byte(src), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Settings.PrimaryAliases, []string{"main"}) || !reflect.DeepEqual(got.AllowedResourceTypes, config.ResourceTypes{"aws_acm_certificate"}) {
		t.Errorf("got %+v", got)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "ci.tflint.hcl")
	if err := os.WriteFile(file, []byte("plugin \"drguard\" {\n  primary_regions = [\"eu-west-1\"]\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got, err := Load(file, true, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got.Path != file || !reflect.DeepEqual(got.Settings.PrimaryRegions, []string{"eu-west-1"}) {
		t.Errorf("got %+v", got)
	}
}

// TestLoadSpecialFiles: the configuration file is read as a regular file of bounded size,
// named or not, so that --config /dev/zero or a directory named .tflint.hcl cannot hang the
// run or exhaust memory.
func TestLoadSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	asDir := filepath.Join(dir, ".tflint.hcl")
	if err := os.Mkdir(asDir, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, explicit := range []bool{true, false} {
		for file, want := range map[string]string{
			"/dev/zero": "--config /dev/zero is a device, not a regular file",
			asDir:       "--config " + asDir + " is a directory, not a regular file",
		} {
			if _, err := Load(file, explicit, dir); err == nil || err.Error() != want {
				t.Errorf("Load(%s, %v) = %v, want %q", file, explicit, err, want)
			}
		}
	}
}
