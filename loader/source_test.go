package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestIsLocalSource(t *testing.T) {
	for src, want := range map[string]bool{
		"./modules/net":           true,
		"../shared":               true,
		`.\modules\net`:           true,
		`..\shared`:               true,
		"modules/net":             false,
		"hashicorp/consul/aws":    false,
		"git::https://x/y.git":    false,
		"/abs/path":               false,
		".terraform/modules/x":    false,
		"s3::https://b/k/mod.zip": false,
	} {
		if IsLocalSource(src) != want {
			t.Errorf("IsLocalSource(%q) = %v", src, !want)
		}
	}
	if got, want := LocalDir("/r", `.\modules\net`), filepath.Join("/r", "modules", "net"); got != want {
		t.Errorf("LocalDir = %s, want %s", got, want)
	}
	if got, want := LocalDir("/r/a", `..\b`), filepath.Join("/r", "b"); got != want {
		t.Errorf("LocalDir = %s, want %s", got, want)
	}
}

func TestReadManifest(t *testing.T) {
	root := t.TempDir()
	if m, err := ReadManifest(root); err != nil || len(m) != 0 {
		t.Fatalf("no manifest: %v, %v", m, err)
	}
	write := func(dir, src string) {
		if err := os.MkdirAll(filepath.Join(dir, "modules"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "modules", "modules.json"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(root, ".terraform"), `{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"net","Source":"registry/x/y","Dir":".terraform/modules/net"},{"Key":"net.sub","Dir":"/opt/mods/sub"}]}`)
	m, err := ReadManifest(root)
	if err != nil {
		t.Fatal(err)
	}
	want := Manifest{"net": filepath.Join(root, ".terraform", "modules", "net"), "net.sub": "/opt/mods/sub"}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("manifest = %v, want %v", m, want)
	}

	t.Setenv("TF_DATA_DIR", "state-dir")
	if got := DataDir(root); got != filepath.Join(root, "state-dir") {
		t.Errorf("DataDir with a relative TF_DATA_DIR = %s", got)
	}
	write(filepath.Join(root, "state-dir"), `{"Modules":[{"Key":"app","Dir":"state-dir/modules/app"}]}`)
	if m, err := ReadManifest(root); err != nil || m["app"] != filepath.Join(root, "state-dir", "modules", "app") || m["net"] != "" {
		t.Errorf("manifest under TF_DATA_DIR = %v, %v", m, err)
	}
	t.Setenv("TF_DATA_DIR", "/elsewhere")
	if got := DataDir(root); got != "/elsewhere" {
		t.Errorf("DataDir with an absolute TF_DATA_DIR = %s", got)
	}

	t.Setenv("TF_DATA_DIR", "")
	write(filepath.Join(root, ".terraform"), `[1, 2]`)
	if _, err := ReadManifest(root); err == nil {
		t.Error("a modules.json that is not a manifest is an error")
	}
}

func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(`{"Modules":[{"Key":"net","Source":"./net","Dir":"net"},{"Key":"net.a","Dir":"/abs"}]}`))
	f.Add([]byte(`{"Modules":null}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseManifest("/root", src)
		if err == nil {
			for k, dir := range m {
				if k == "" || !filepath.IsAbs(dir) {
					t.Errorf("entry %q -> %q", k, dir)
				}
			}
		}
	})
}
