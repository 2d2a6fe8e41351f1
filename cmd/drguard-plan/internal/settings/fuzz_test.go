package settings

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzParse feeds the settings reader any file content, as HCL and as JSON: it must never
// panic, and every error must say something.
func FuzzParse(f *testing.F) {
	// Seeds: every .tflint.hcl the repository tests and documents, and a JSON twin.
	files, err := filepath.Glob("../../../../*/*/.tflint.hcl")
	if err != nil || len(files) == 0 {
		f.Fatalf("no .tflint.hcl seeds: %v", err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, false)
	}
	f.Add([]byte(`{"plugin": {"drguard": {"primary_aliases": ["main"], "primary_regions": ["us-east-1"]}}, "rule": {"drguard_primary_provider_resource": {"allowed_resource_types": ["aws_iam_*"]}}}`), true)
	f.Add([]byte("plugin \"drguard\" {\n  dr_scope {\n    modules = [\"dr\"]\n  }\n  primary_state {\n    backend = \"s3\"\n    bucket  = \"b\"\n  }\n}\n"), false)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte, asJSON bool) {
		name := ".tflint.hcl"
		if asJSON {
			name = ".tflint.json"
		}
		loaded, err := Parse(name, src, dir)
		if err != nil {
			if strings.TrimSpace(err.Error()) == "" {
				t.Errorf("an empty error for %q", src)
			}
			return
		}
		if loaded.Settings == nil {
			t.Errorf("no settings and no error for %q", src)
		}
	})
}
