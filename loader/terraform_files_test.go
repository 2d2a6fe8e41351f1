package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadModuleDir(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"main.tf", "b.tf.json", "override.tf", "a_override.tf.json", "x_override.tf",
		".hidden.tf", "main.tf~", "#main.tf#", "notes.txt", "vars.tfvars", "test.tftest.hcl", "main.tofu", "tf",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "sub.tf"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "main.tf"), filepath.Join(dir, "link.tf")); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModuleDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	join := func(names ...string) []string {
		var out []string
		for _, n := range names {
			out = append(out, filepath.Join(dir, n))
		}
		return out
	}
	want := ModuleFiles{
		Primary:  join("b.tf.json", "link.tf", "main.tf"),
		Override: join("a_override.tf.json", "override.tf", "x_override.tf"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}

	missing := filepath.Join(dir, "missing")
	if _, err := ReadModuleDir(missing); err == nil || err.Error() != missing+" does not exist" || !err.(*FileError).NotExist {
		t.Errorf("missing directory: %v", err)
	}
	file := filepath.Join(dir, "main.tf")
	if _, err := ReadModuleDir(file); err == nil || err.Error() != file+" is not a directory" {
		t.Errorf("a file: %v", err)
	}
}
