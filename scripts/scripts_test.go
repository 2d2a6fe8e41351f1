// Package scripts tests the release scripts beside it: release-notes.sh (the release notes
// the release workflow hands GoReleaser) and check-release-archives.sh (what `make
// release-check` checks in every archive GoReleaser builds), the latter on hand-made
// archives, so that neither needs the 10-20 minutes of a GoReleaser build to be checked.
package scripts

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

func run(t *testing.T, name string, args ...string) (string, string, error) {
	t.Helper()
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	cmd := exec.Command("bash", append([]string{name}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

func TestReleaseNotes(t *testing.T) {
	// 0.1.0's section, asked for as a version and as a tag name.
	for _, v := range []string{"0.1.0", "v0.1.0"} {
		out, stderr, err := run(t, "release-notes.sh", v)
		if err != nil {
			t.Fatalf("release-notes.sh %s: %v\n%s", v, err, stderr)
		}
		if !strings.HasPrefix(out, "The first release") {
			t.Errorf("release-notes.sh %s starts with %q, want 0.1.0's section of CHANGELOG.md (\"The first release...\")", v, firstLine(out))
		}
		for _, want := range []string{"drguard_primary_provider_resource", "drguard_writable_remote_state", "drguard-plan"} {
			if !strings.Contains(out, want) {
				t.Errorf("release-notes.sh %s does not mention %s", v, want)
			}
		}
		if strings.Contains(out, "\n## ") || strings.Contains(out, "Unreleased") {
			t.Errorf("release-notes.sh %s runs past its section:\n%s", v, out)
		}
	}

	// A version without a section fails: the release workflow must not publish a tag
	// without notes.
	if out, _, err := run(t, "release-notes.sh", "9.9.9"); err == nil {
		t.Errorf("release-notes.sh 9.9.9 succeeded with %q, want exit status 1", out)
	}

	// Heading forms, and an empty section.
	dir := t.TempDir()
	changelog := filepath.Join(dir, "CHANGELOG.md")
	writeFile(t, changelog, "# Changelog\n\n## [2.0.0] - 2027-01-01\n\n- two\n\n## v1.1.0 (yanked)\n\n- one one\n- more\n\n## 1.0.0\n\n\n## 0.9.0\n\n- old\n")
	for v, want := range map[string]string{"2.0.0": "- two\n", "1.1.0": "- one one\n- more\n", "0.9.0": "- old\n"} {
		out, stderr, err := run(t, "release-notes.sh", v, changelog)
		if err != nil {
			t.Errorf("release-notes.sh %s: %v\n%s", v, err, stderr)
		} else if out != want {
			t.Errorf("release-notes.sh %s = %q, want %q", v, out, want)
		}
	}
	if _, stderr, err := run(t, "release-notes.sh", "1.0.0", changelog); err == nil || !strings.Contains(stderr, "empty") {
		t.Errorf("release-notes.sh of an empty section: err %v, stderr %q; want a failure saying it is empty", err, stderr)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

var platforms = []string{"linux_amd64", "linux_arm64", "darwin_amd64", "darwin_arm64", "windows_amd64", "windows_arm64"}

// archive is one hand-made release archive: file name to content.
type archive map[string]string

func (a archive) names() []string {
	var names []string
	for n := range a {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (a archive) zip(t *testing.T) []byte {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, name := range a.names() {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(a[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func (a archive) tarGz(t *testing.T) []byte {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	w := tar.NewWriter(gz)
	for _, name := range a.names() {
		if err := w.WriteHeader(&tar.Header{Name: name, Mode: 0o755, Size: int64(len(a[name]))}); err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(a[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// releaseArchives returns the archives of a release as GoReleaser builds them from
// .goreleaser.yml: each binary with the repository's LICENSE.
func releaseArchives(t *testing.T) map[string]archive {
	license, err := os.ReadFile("../LICENSE")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]archive{}
	for _, p := range platforms {
		exe, plan := "", "drguard-plan_"+p+".tar.gz"
		if strings.HasPrefix(p, "windows_") {
			exe, plan = ".exe", "drguard-plan_"+p+".zip"
		}
		out["tflint-ruleset-drguard_"+p+".zip"] = archive{"tflint-ruleset-drguard" + exe: "plugin binary", "LICENSE": string(license)}
		out[plan] = archive{"drguard-plan" + exe: "gate binary", "LICENSE": string(license)}
	}
	return out
}

// writeDist writes the archives and their checksums.txt into a new directory.
func writeDist(t *testing.T, archives map[string]archive) string {
	dir := t.TempDir()
	var sums strings.Builder
	var names []string
	for name := range archives {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var data []byte
		if strings.HasSuffix(name, ".zip") {
			data = archives[name].zip(t)
		} else {
			data = archives[name].tarGz(t)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&sums, "%x  %s\n", sha256.Sum256(data), name)
	}
	writeFile(t, filepath.Join(dir, "checksums.txt"), sums.String())
	return dir
}

func TestCheckReleaseArchives(t *testing.T) {
	for _, tool := range []string{"unzip", "tar"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}

	t.Run("release as built", func(t *testing.T) {
		dist := writeDist(t, releaseArchives(t))
		out, stderr, err := run(t, "check-release-archives.sh", dist)
		if err != nil {
			t.Fatalf("check-release-archives.sh: %v\n%s%s", err, out, stderr)
		}
		if got := strings.Count(out, "and LICENSE, sha256"); got != 2*len(platforms) {
			t.Errorf("checked %d archives, want %d:\n%s", got, 2*len(platforms), out)
		}
	})

	bad := []struct {
		name    string
		change  func(map[string]archive)
		wantErr string
	}{
		{"plugin zip without LICENSE", func(a map[string]archive) {
			delete(a["tflint-ruleset-drguard_linux_amd64.zip"], "LICENSE")
		}, "tflint-ruleset-drguard_linux_amd64.zip holds [tflint-ruleset-drguard], want [LICENSE tflint-ruleset-drguard]"},
		{"plugin binary in a directory", func(a map[string]archive) {
			z := a["tflint-ruleset-drguard_darwin_arm64.zip"]
			z["drguard/tflint-ruleset-drguard"] = z["tflint-ruleset-drguard"]
			delete(z, "tflint-ruleset-drguard")
		}, "tflint-ruleset-drguard_darwin_arm64.zip holds"},
		{"another licence text", func(a map[string]archive) {
			a["drguard-plan_windows_arm64.zip"]["LICENSE"] = "Copyright (c) someone\n"
		}, "drguard-plan_windows_arm64.zip: LICENSE differs"},
		{"drguard-plan without LICENSE", func(a map[string]archive) {
			delete(a["drguard-plan_linux_arm64.tar.gz"], "LICENSE")
		}, "drguard-plan_linux_arm64.tar.gz holds [drguard-plan], want [LICENSE drguard-plan]"},
		{"an extra file", func(a map[string]archive) {
			a["tflint-ruleset-drguard_windows_amd64.zip"]["README.md"] = "readme"
		}, "tflint-ruleset-drguard_windows_amd64.zip holds"},
		{"a missing archive", func(a map[string]archive) {
			delete(a, "drguard-plan_darwin_amd64.tar.gz")
		}, "drguard-plan_darwin_amd64.tar.gz is missing"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			archives := releaseArchives(t)
			tc.change(archives)
			dist := writeDist(t, archives)
			out, stderr, err := run(t, "check-release-archives.sh", dist)
			if err == nil {
				t.Fatalf("check-release-archives.sh passed, want a failure:\n%s", out)
			}
			if !strings.Contains(stderr, tc.wantErr) {
				t.Errorf("stderr %q does not contain %q", stderr, tc.wantErr)
			}
		})
	}

	t.Run("checksum mismatch", func(t *testing.T) {
		dist := writeDist(t, releaseArchives(t))
		zip := filepath.Join(dist, "tflint-ruleset-drguard_linux_arm64.zip")
		data, err := os.ReadFile(zip)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(zip, append(data, 0), 0o644); err != nil {
			t.Fatal(err)
		}
		_, stderr, err := run(t, "check-release-archives.sh", dist)
		if err == nil || !strings.Contains(stderr, "tflint-ruleset-drguard_linux_arm64.zip does not match checksums.txt") {
			t.Errorf("err %v, stderr %q; want a checksum failure", err, stderr)
		}
	})
}
