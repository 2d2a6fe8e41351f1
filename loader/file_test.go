package loader

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small := write("small.tf", "x = 1\n")
	if err := os.Symlink(small, filepath.Join(dir, "link.tf")); err != nil {
		t.Fatal(err)
	}
	big := write("big.tf", strings.Repeat("#", 101))
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ok := range []string{small, filepath.Join(dir, "link.tf")} {
		if src, err := ReadFile(ok, 100); err != nil || string(src) != "x = 1\n" {
			t.Errorf("ReadFile(%s) = %q, %v", ok, src, err)
		}
	}
	for path, want := range map[string]string{
		big:                            "is larger than 100 bytes",
		fifo:                           "is a named pipe, not a regular file",
		dir:                            "is a directory, not a regular file",
		"/dev/zero":                    "is a device, not a regular file",
		filepath.Join(dir, "missing"):  "does not exist",
		filepath.Join(small, "nested"): "cannot be read (not a directory)",
	} {
		_, err := ReadFile(path, 100)
		if err == nil || err.Error() != path+" "+want {
			t.Errorf("ReadFile(%s) = %v, want %q", path, err, want)
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "missing"), 100); !err.(*FileError).NotExist {
		t.Error("a missing file is marked NotExist")
	}
	if got := size(8 << 20); got != "8 MiB" {
		t.Errorf("size = %s", got)
	}
}
