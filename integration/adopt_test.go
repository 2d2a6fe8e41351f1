package integration

// Tests of what a team adopting drguard reads and runs first: the README's quick start output
// (which `make demo` prints), and `make install` into the directory `tflint --init` installs
// to, used offline with a `source`/`version` configuration.

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/drguard/tflint-ruleset-drguard/project"
)

const (
	// quickStartCommand is the command line of the README's quick start output block, and
	// the line `make demo` echoes before running it over examples/dr-broken.
	quickStartCommand = "$ tflint --format compact"
	// updateReadmeEnv makes TestReadmeQuickStart rewrite the README block from make demo.
	updateReadmeEnv = "DRGUARD_UPDATE_README"
	pluginSource    = "github.com/drguard/tflint-ruleset-drguard"
)

// readmeQuickStart returns the README's quick start output block: the lines after
// quickStartCommand in the first console block of "## Quick start" that starts with it and
// has output, plus the byte offsets of that output in the README.
func readmeQuickStart(readme string) (out string, start, end int, err error) {
	sec := strings.Index(readme, "\n## Quick start\n")
	if sec < 0 {
		return "", 0, 0, errors.New(`README.md has no "## Quick start" section`)
	}
	next := strings.Index(readme[sec+1:], "\n## ")
	if next < 0 {
		next = len(readme) - sec - 1
	}
	section := readme[sec : sec+1+next]
	const open = "```console\n" + quickStartCommand + "\n"
	for off := 0; ; {
		i := strings.Index(section[off:], open)
		if i < 0 {
			return "", 0, 0, fmt.Errorf("README.md's quick start has no ```console block starting with %q and showing its output", quickStartCommand)
		}
		bodyStart := off + i + len(open)
		j := strings.Index(section[bodyStart:], "```")
		if j < 0 {
			return "", 0, 0, errors.New("README.md's quick start has an unclosed ```console block")
		}
		if j > 0 {
			return section[bodyStart : bodyStart+j], sec + bodyStart, sec + bodyStart + j, nil
		}
		off = bodyStart
	}
}

// demoQuickStart runs `make demo` and returns what it prints after echoing quickStartCommand,
// up to the next example's "==> " line: TFLint's compact output over examples/dr-broken.
func demoQuickStart(t *testing.T, root string) string {
	t.Helper()
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	cmd := exec.CommandContext(t.Context(), "make", "--no-print-directory", "demo")
	cmd.Dir = root
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("make demo: %v\nstdout:\n%s\nstderr:\n%s", err, stdout.String(), stderr.String())
	}
	_, after, ok := strings.Cut(stdout.String(), "\n"+quickStartCommand+"\n")
	if !ok {
		t.Fatalf("make demo did not echo %q before the examples/dr-broken run (see the Makefile's demo target):\n%s", quickStartCommand, stdout.String())
	}
	if i := strings.Index(after, "\n==> "); i >= 0 {
		after = after[:i+1]
	}
	return after
}

// TestReadmeQuickStart holds the README's quick start output to what `make demo` prints over
// examples/dr-broken, finding for finding and word for word.
func TestReadmeQuickStart(t *testing.T) {
	if testing.Short() {
		t.Skip("runs make demo with the pinned TFLint; skipped with -short")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	setup(t) // the pinned TFLint in .tools/bin, which make demo uses too
	got := demoQuickStart(t, root)

	readmePath := filepath.Join(root, "README.md")
	data, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	want, start, end, err := readmeQuickStart(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if got == want {
		return
	}
	if os.Getenv(updateReadmeEnv) == "1" {
		updated := string(data[:start]) + got + string(data[end:])
		if err := os.WriteFile(readmePath, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("rewrote README.md's quick start block from make demo; review the diff (and the prose around it: the issue count, the rules named)")
		return
	}
	t.Errorf("README.md's quick start block differs from what `make demo` prints for examples/dr-broken after %q.\n"+
		"After changing a rule's message or examples/dr-broken, refresh the block with\n"+
		"    %s=1 go test ./integration -run 'TestReadmeQuickStart$'\n"+
		"(or paste make demo's output after %q into it), then review the README diff.\n"+
		"-README +make demo:\n%s", quickStartCommand, updateReadmeEnv, quickStartCommand, lineDiff(want, got))
}

// lineDiff lists the lines only in want (-) and only in got (+), in order.
func lineDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	inGot, inWant := map[string]int{}, map[string]int{}
	for _, l := range gl {
		inGot[l]++
	}
	for _, l := range wl {
		inWant[l]++
	}
	var b strings.Builder
	for _, l := range wl {
		if inGot[l] == 0 {
			fmt.Fprintf(&b, "- %s\n", l)
		}
	}
	for _, l := range gl {
		if inWant[l] == 0 {
			fmt.Fprintf(&b, "+ %s\n", l)
		}
	}
	if b.Len() == 0 {
		b.WriteString("(the same lines, in another order or with other blank lines)\n")
	}
	return b.String()
}

// offlineEnv returns the environment for the install test: HOME and TFLINT_PLUGIN_DIR in
// temporary directories, the Go caches of this process (so that building needs no
// download, with the module proxy turned off), and proxies that refuse every connection, so
// that any attempt by TFLint to reach GitHub fails instead of passing unnoticed.
func offlineEnv(t *testing.T, home, pluginDir string) []string {
	t.Helper()
	goEnv := map[string]string{}
	for _, name := range []string{"GOPATH", "GOMODCACHE", "GOCACHE", "GOTOOLCHAIN"} {
		out, err := exec.Command("go", "env", name).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", name, err)
		}
		goEnv[name] = strings.TrimSpace(string(out))
	}
	drop := map[string]bool{"HOME": true, "TFLINT_PLUGIN_DIR": true, "GITHUB_TOKEN": true, "GOPROXY": true,
		"HTTP_PROXY": true, "HTTPS_PROXY": true, "NO_PROXY": true, "http_proxy": true, "https_proxy": true, "no_proxy": true}
	for k := range goEnv {
		drop[k] = true
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if !drop[k] {
			env = append(env, kv)
		}
	}
	for k, v := range goEnv {
		env = append(env, k+"="+v)
	}
	// 127.0.0.1:9 (discard) refuses connections here; nothing is sent anywhere else.
	return append(env, "HOME="+home, "TFLINT_PLUGIN_DIR="+pluginDir, "GOPROXY=off",
		"HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9", "NO_PROXY=")
}

// copyDir copies the regular files and directories of src into dst.
func copyDir(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// sourceVersionConfig is the quick start's plugin block for this version, with TFLint's
// bundled ruleset off as in examples/dr-broken.
func sourceVersionConfig() string {
	return fmt.Sprintf(`plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
  version = %q
  source  = %q
}
`, project.Version, pluginSource)
}

// runTFLint runs the pinned TFLint in dir with env and returns its combined output and exit
// code.
func runTFLint(t *testing.T, dir string, env []string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.CommandContext(t.Context(), tflintBin, args...)
	cmd.Dir = dir
	cmd.Env = env
	out, err := cmd.CombinedOutput()
	var exitErr *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &exitErr):
		return string(out), exitErr.ExitCode()
	default:
		t.Fatalf("tflint %s: %v", strings.Join(args, " "), err)
		return "", 0
	}
}

// checkInstalled runs `tflint --init` and the quick start's lint over a copy of
// examples/dr-broken configured with source and version, and compares the findings with the
// README's quick start.
func checkInstalled(t *testing.T, root string, env []string) {
	t.Helper()
	work := filepath.Join(t.TempDir(), "dr-broken")
	copyDir(t, filepath.Join(root, "examples", "dr-broken"), work)
	if err := os.WriteFile(filepath.Join(work, ".tflint.hcl"), []byte(sourceVersionConfig()), 0o644); err != nil {
		t.Fatal(err)
	}

	out, code := runTFLint(t, work, env, "--init")
	if code != 0 || !strings.Contains(out, "All plugins are already installed") {
		t.Fatalf("tflint --init exited %d, want 0 and %q:\n%s", code, "All plugins are already installed", out)
	}
	out, code = runTFLint(t, work, env, "--version")
	if want := fmt.Sprintf("+ ruleset.drguard (%s)", project.Version); code != 0 || !strings.Contains(out, want) {
		t.Errorf("tflint --version exited %d without %q:\n%s", code, want, out)
	}

	got, code := runTFLint(t, work, env, "--format", "compact")
	if code != 2 {
		t.Errorf("tflint --format compact exited %d, want 2 (issues found):\n%s", code, got)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	want, _, _, err := readmeQuickStart(string(readme))
	if err != nil {
		t.Fatal(err)
	}
	if got != want {
		t.Errorf("the installed plugin's findings over examples/dr-broken differ from README.md's quick start (TestReadmeQuickStart says how to refresh the README):\n-README +installed:\n%s", lineDiff(want, got))
	}
}

// TestMakeInstall: `make install` puts the plugin where `tflint --init` installs this version,
// so that a .tflint.hcl with source and version uses it with no download.
func TestMakeInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the plugin with make install; skipped with -short")
	}
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make is not installed")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	setup(t)

	tmp := t.TempDir()
	home, pluginDir := filepath.Join(tmp, "home"), filepath.Join(tmp, "plugins")
	for _, dir := range []string{home, pluginDir} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env := offlineEnv(t, home, pluginDir)

	make := exec.CommandContext(t.Context(), "make", "--no-print-directory", "install")
	make.Dir = root
	make.Env = env
	if out, err := make.CombinedOutput(); err != nil {
		t.Fatalf("make install: %v\n%s", err, out)
	}
	installed := filepath.Join(pluginDir, filepath.FromSlash(pluginSource), project.Version, exeName(pluginName))
	if st, err := os.Stat(installed); err != nil {
		t.Fatalf("make install did not install %s: %v", installed, err)
	} else if runtime.GOOS != "windows" && st.Mode()&0o111 == 0 {
		t.Errorf("%s is not executable (%v)", installed, st.Mode())
	}
	if _, err := os.Stat(filepath.Join(home, ".tflint.d")); err == nil {
		t.Errorf("make install with TFLINT_PLUGIN_DIR set installed into ~/.tflint.d too")
	}
	checkInstalled(t, root, env)

	// Without TFLINT_PLUGIN_DIR, TFLint's default directory ~/.tflint.d/plugins.
	var noDir []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "TFLINT_PLUGIN_DIR=") {
			noDir = append(noDir, kv)
		}
	}
	make = exec.CommandContext(t.Context(), "make", "--no-print-directory", "install")
	make.Dir = root
	make.Env = noDir
	if out, err := make.CombinedOutput(); err != nil {
		t.Fatalf("make install without TFLINT_PLUGIN_DIR: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(home, ".tflint.d", "plugins", filepath.FromSlash(pluginSource), project.Version, exeName(pluginName))); err != nil {
		t.Errorf("make install without TFLINT_PLUGIN_DIR: %v", err)
	}
	checkInstalled(t, root, noDir)
}

// TestAirGappedInstall follows the README's "Air-gapped CI" steps with a zip laid out like a
// release asset (the binary and LICENSE) and its checksums.txt: verify with sha256sum, unzip
// the binary into the plugin directory, then `tflint --init` finds it installed.
func TestAirGappedInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a release-like zip; skipped with -short")
	}
	for _, tool := range []string{"bash", "sha256sum", "unzip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	setup(t)

	tmp := t.TempDir()
	download, home, pluginDir := filepath.Join(tmp, "download"), filepath.Join(tmp, "home"), filepath.Join(tmp, "plugins")
	for _, dir := range []string{download, home, pluginDir} {
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	env := offlineEnv(t, home, pluginDir)

	// The release asset for this machine, as GoReleaser lays it out.
	bin := filepath.Join(tmp, exeName(pluginName))
	build := exec.CommandContext(t.Context(), "go", "build", "-o", bin, ".")
	build.Dir = root
	build.Env = env
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	asset := fmt.Sprintf("%s_%s_%s.zip", pluginName, runtime.GOOS, runtime.GOARCH)
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	for _, f := range []struct{ name, path string }{{exeName(pluginName), bin}, {"LICENSE", filepath.Join(root, "LICENSE")}} {
		hdr := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: time.Now()}
		hdr.SetMode(0o755)
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.Open(f.path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = io.Copy(w, src)
		src.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(download, asset), zipped.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// checksums.txt lists every asset; only this one was downloaded.
	sums := fmt.Sprintf("%x  %s\n%x  %s\n", sha256.Sum256([]byte("another platform")), pluginName+"_other_arch.zip", sha256.Sum256(zipped.Bytes()), asset)
	if err := os.WriteFile(filepath.Join(download, "checksums.txt"), []byte(sums), 0o644); err != nil {
		t.Fatal(err)
	}

	// The README's commands.
	script := fmt.Sprintf(`set -euo pipefail
v=%s
sha256sum --check --ignore-missing checksums.txt
dir=${TFLINT_PLUGIN_DIR:-$HOME/.tflint.d/plugins}/github.com/drguard/tflint-ruleset-drguard/$v
mkdir -p "$dir"
unzip -o %s tflint-ruleset-drguard -d "$dir"
`, project.Version, asset)
	sh := exec.CommandContext(t.Context(), "bash", "-c", script)
	sh.Dir = download
	sh.Env = env
	out, err := sh.CombinedOutput()
	if err != nil {
		t.Fatalf("the README's install steps failed: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), asset+": OK") {
		t.Errorf("sha256sum did not verify %s:\n%s", asset, out)
	}
	checkInstalled(t, root, env)
}
