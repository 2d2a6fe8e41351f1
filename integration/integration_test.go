// Package integration runs the real, pinned TFLint binary with a freshly built drguard
// plugin over every end-to-end case in testdata/ and compares its JSON output.
//
// It runs with plain `go test ./...` from the repository root. Once per test process it
// builds the plugin from the repository root into a temporary directory, and makes sure
// <repo>/.tools/bin/tflint is TFLint tflintVersion (installing it with `go install` when it
// is missing or reports another version). `go test -short ./...` skips the end-to-end run
// (TestIntegration), for a fast inner loop; TestLayout still checks the case layout.
//
// # Case directories
//
// Cases are grouped by what they test, two levels deep: testdata/<group>/<case>/. A group is
// named after a rule (testdata/drguard_resource_region/...), or is config (errors in the
// plugin's settings) or seed (the seed layout, whole and broken one mistake at a time). Each
// case runs as its own subtest named <group>/<case>, in name order. Names starting with "."
// are skipped at both levels. testdata/ holds only group directories and default.tflint.hcl,
// a group only case directories; anything else fails the test (TestLayout, and TestIntegration
// before it runs a case). A case directory holds:
//
//   - *.tf or *.tf.json  at least one: the root module TFLint lints.
//   - *.tfvars, child module directories, .terraform/modules/modules.json, ...:
//     whatever else the case needs.
//   - .tflint.hcl   optional: the TFLint configuration, when the case needs drguard settings.
//     Without it the case uses testdata/default.tflint.hcl, which only enables drguard
//     (`plugin "terraform" { enabled = false }`, `plugin "drguard" { enabled = true }`; no
//     source/version: the freshly built plugin is found through TFLINT_PLUGIN_DIR). A
//     .tflint.hcl that is byte-identical to the default fails the test: delete it.
//   - args          optional: each non-empty line (whitespace-trimmed) is one extra argument
//     appended to the command line, e.g. `--var-file=dr.tfvars`. `{{case}}` in a line becomes
//     the case directory's absolute path, for the arguments TFLint wants absolute: `--recursive`
//     lints each directory with that directory as working directory, so a case's own
//     configuration must be given as `--config={{case}}/.tflint.hcl` (a case without one
//     gets the default's absolute path anyway).
//   - env           optional: each non-empty line (whitespace-trimmed) is KEY=VALUE, set in
//     TFLint's environment, e.g. `TF_DATA_DIR=tfdata` (a relative path is relative to the case
//     directory, TFLint's working directory, as for Terraform).
//   - result.json   optional: the expected output, in the reduced form below. Without it the
//     case expects no issues and no errors (exit code 0). A result.json that expects nothing
//     fails the test: delete it.
//
// The command is `tflint --format json --force [--config <abs>/testdata/default.tflint.hcl]
// [args...]`, run with the case directory as working directory and TFLINT_PLUGIN_DIR pointing
// at the fresh plugin. The rest of the environment is kept, but for TF_DATA_DIR, which would
// move every case's installed modules: only a case's env file sets it. --config is given only
// when the case has no .tflint.hcl; otherwise TFLint reads the case's own from the working
// directory.
// Filenames in ranges are relative to the case directory (`main.tf`, `modules/net/main.tf`)
// either way, and drguard resolves backend_config_file against the case directory, not the
// configuration's. Only a configuration error names the configuration file, as TFLint was
// given it (`.tflint.hcl:7,3-30` below): the default has no drguard settings to get wrong.
//
// result.json holds TFLint's JSON output without the fields that do not depend on the case
// (rule.link, fixable, fixed):
//
//	{
//	  "issues": [
//	    {
//	      "rule": {"name": "drguard_provider_region", "severity": "error"},
//	      "message": "...",
//	      "range": {"filename": "main.tf", "start": {"line": 21, "column": 3}, "end": {"line": 21, "column": 23}},
//	      "callers": []
//	    }
//	  ],
//	  "errors": []
//	}
//
// Issues are compared in order (TFLint sorts them). Every issue's rule.link must also equal
// project.ReferenceLink(rule.name); that is checked on the actual output, not stored.
// Missing "callers", "issues" or "errors" equal empty lists.
//
// # Configuration errors
//
// In JSON mode TFLint reports every error in stdout's "errors" list, not on stderr, and
// exits 1. That includes an error returned by the plugin's ApplyConfig, which arrives
// without summary and range, its position folded into the message:
//
//	{"issues":[],"errors":[{"message":"Failed to apply config to \"drguard\" plugin; .tflint.hcl:7,3-30: primary_aliases must be a list of strings, e.g. primary_aliases = [\"primary\"]","severity":"error"}]}
//
// HCL errors (a typo in .tflint.hcl, a broken .tf file, a missing --var-file) carry a
// "summary" and a "range" too. So a configuration-error case is written in result.json like
// any other: put the expected entries in "errors". The exit code is checked as well: 1 when
// result.json lists errors, 0 otherwise (--force turns "issues found" into 0).
//
// # Writing result.json
//
// DRGUARD_UPDATE_GOLDEN=1 go test ./integration/ writes every case's result.json from the
// actual output (reduced form, 2-space indent, trailing newline) instead of comparing; when
// the output has no issues and no errors it writes nothing and removes the case's
// result.json, if any. It is for authoring only: limit it to the case at hand with
// -run 'TestIntegration/^<group>$/^<case>$', and review every written file (the messages, the
// ranges, and that the case shows what it is meant to show) before committing it, since a
// golden file written this way passes by construction.
//
// go test caches a passing run; the test stats every file of the repository so that a change
// to a rule or a case reruns it. -count=1 forces a run.
package integration

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/drguard/tflint-ruleset-drguard/project"
)

// tflintVersion is the one TFLint version the end-to-end tests run; the Makefile's
// TFLINT_VERSION must say the same (TestTFLintVersionPinned).
const tflintVersion = "v0.64.0"

const (
	pluginName = "tflint-ruleset-drguard"
	// casesDir is the directory of end-to-end cases, relative to the repository root.
	casesDir = "testdata"
	// defaultConfig is the TFLint configuration, in casesDir, of a case without .tflint.hcl.
	defaultConfig = "default.tflint.hcl"
	// updateEnv makes the test write result.json files instead of comparing them.
	updateEnv = "DRGUARD_UPDATE_GOLDEN"
)

var (
	setupOnce sync.Once
	setupErr  error
	// tmpDir holds the plugin build; it is removed by TestMain.
	tmpDir    string
	pluginDir string
	tflintBin string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if tmpDir != "" {
		_ = os.RemoveAll(tmpDir)
	}
	os.Exit(code)
}

// repoRoot returns the repository root: the test runs in <root>/integration.
func repoRoot() (string, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return "", fmt.Errorf("repository root %s has no go.mod: %w", root, err)
	}
	return root, nil
}

func exeName(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}

// setup builds the plugin and makes sure the pinned TFLint is installed, once per process.
func setup(t *testing.T) {
	t.Helper()
	setupOnce.Do(func() { setupErr = doSetup() })
	if setupErr != nil {
		t.Fatal(setupErr)
	}
}

func doSetup() error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	tmpDir, err = os.MkdirTemp("", "drguard-e2e-")
	if err != nil {
		return err
	}
	pluginDir = filepath.Join(tmpDir, "plugins")
	if err := os.Mkdir(pluginDir, 0o755); err != nil {
		return err
	}

	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()

	build := exec.CommandContext(ctx, "go", "build", "-o", filepath.Join(pluginDir, exeName(pluginName)), root)
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("building the plugin: %v\n%s", err, out)
	}

	toolsBin := filepath.Join(root, ".tools", "bin")
	tflintBin = filepath.Join(toolsBin, exeName("tflint"))
	if got := installedTFLintVersion(ctx, tflintBin); got != strings.TrimPrefix(tflintVersion, "v") {
		if got == "" {
			fmt.Fprintf(os.Stderr, "integration: installing TFLint %s into %s\n", tflintVersion, toolsBin)
		} else {
			fmt.Fprintf(os.Stderr, "integration: %s is TFLint %s; installing %s\n", tflintBin, got, tflintVersion)
		}
		// go install will not replace a file that is not a Go binary.
		if err := os.Remove(tflintBin); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		install := exec.CommandContext(ctx, "go", "install", "github.com/terraform-linters/tflint@"+tflintVersion)
		install.Dir = root
		install.Env = append(os.Environ(), "GOBIN="+toolsBin)
		if out, err := install.CombinedOutput(); err != nil {
			return fmt.Errorf("installing TFLint %s: %v\n%s", tflintVersion, err, out)
		}
		if got := installedTFLintVersion(ctx, tflintBin); got != strings.TrimPrefix(tflintVersion, "v") {
			return fmt.Errorf("after installing, %s reports version %q, want %s", tflintBin, got, tflintVersion)
		}
	}
	return nil
}

var versionLine = regexp.MustCompile(`^TFLint version (\S+)`)

// installedTFLintVersion returns the version bin reports (without "v"), or "" when it is
// missing or does not answer.
func installedTFLintVersion(ctx context.Context, bin string) string {
	if _, err := os.Stat(bin); err != nil {
		return ""
	}
	cmd := exec.CommandContext(ctx, bin, "--version")
	// A neutral working directory, so that no .tflint.hcl is picked up.
	cmd.Dir = tmpDir
	out, _ := cmd.Output()
	line, _, _ := strings.Cut(string(out), "\n")
	m := versionLine.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	return strings.TrimPrefix(m[1], "v")
}

// TestTFLintVersionPinned keeps one pin: the Makefile installs the TFLint this test runs.
func TestTFLintVersionPinned(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	makefile, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^TFLINT_VERSION\s*:?=\s*(\S+)\s*$`)
	m := re.FindAllSubmatch(makefile, -1)
	if len(m) != 1 {
		t.Fatalf("Makefile: want exactly one `TFLINT_VERSION := ...` line, found %d", len(m))
	}
	if got := string(m[0][1]); got != tflintVersion {
		t.Errorf("Makefile pins TFLINT_VERSION := %s, but integration/integration_test.go pins tflintVersion = %q; change both together", got, tflintVersion)
	}
}

// The reduced output: what result.json holds.
type result struct {
	Issues []issue       `json:"issues"`
	Errors []tflintError `json:"errors"`
}

type issue struct {
	Rule    rule       `json:"rule"`
	Message string     `json:"message"`
	Range   hclRange   `json:"range"`
	Callers []hclRange `json:"callers"`
}

type rule struct {
	Name     string `json:"name"`
	Severity string `json:"severity"`
}

type hclRange struct {
	Filename string `json:"filename"`
	Start    pos    `json:"start"`
	End      pos    `json:"end"`
}

type pos struct {
	Line   int `json:"line"`
	Column int `json:"column"`
}

type tflintError struct {
	Summary  string    `json:"summary,omitempty"`
	Message  string    `json:"message"`
	Severity string    `json:"severity"`
	Range    *hclRange `json:"range,omitempty"`
}

// decodeResult decodes TFLint's JSON output or a result.json into the reduced form, with
// empty lists rather than nil ones.
func decodeResult(data []byte) (result, error) {
	var r result
	if err := json.Unmarshal(data, &r); err != nil {
		return r, err
	}
	if r.Issues == nil {
		r.Issues = []issue{}
	}
	if r.Errors == nil {
		r.Errors = []tflintError{}
	}
	for i := range r.Issues {
		if r.Issues[i].Callers == nil {
			r.Issues[i].Callers = []hclRange{}
		}
	}
	return r, nil
}

// ruleLinks returns the rule name and link of every issue in TFLint's JSON output.
func ruleLinks(data []byte) ([][2]string, error) {
	var out struct {
		Issues []struct {
			Rule struct {
				Name string `json:"name"`
				Link string `json:"link"`
			} `json:"rule"`
		} `json:"issues"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	links := make([][2]string, len(out.Issues))
	for i, is := range out.Issues {
		links[i] = [2]string{is.Rule.Name, is.Rule.Link}
	}
	return links, nil
}

func encodeResult(r result) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil { // Encode ends with a newline
		return nil, err
	}
	return buf.Bytes(), nil
}

// readLines returns the non-empty, whitespace-trimmed lines of dir/name, or nil when there is
// no such file.
func readLines(dir, name string) ([]string, error) {
	f, err := os.Open(filepath.Join(dir, name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, sc.Err()
}

// readArgs returns the extra arguments of dir/args, with {{case}} replaced by dir.
func readArgs(dir string) ([]string, error) {
	lines, err := readLines(dir, "args")
	for i, l := range lines {
		lines[i] = strings.ReplaceAll(l, "{{case}}", dir)
	}
	return lines, err
}

// caseEnv returns TFLint's environment for a case: the test's own without TF_DATA_DIR, the
// plugin directory, and the KEY=VALUE lines of dir/env.
func caseEnv(dir string) ([]string, error) {
	extra, err := readLines(dir, "env")
	if err != nil {
		return nil, err
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_DATA_DIR=") {
			env = append(env, kv)
		}
	}
	env = append(env, "TFLINT_PLUGIN_DIR="+pluginDir)
	for _, kv := range extra {
		if k, _, ok := strings.Cut(kv, "="); !ok || k == "" {
			return nil, fmt.Errorf("%s: %q is not KEY=VALUE", filepath.Join(dir, "env"), kv)
		}
		env = append(env, kv)
	}
	return env, nil
}

// testCase is one end-to-end case: testdata/<group>/<name>/.
type testCase struct {
	group, name string
	dir         string
	// config is the .tflint.hcl to pass with --config, or "" when the case has its own.
	config string
	// result is the path of result.json, or "" when the case has none (it expects nothing).
	result string
}

// fullName is the subtest name, <group>/<case>.
func (c testCase) fullName() string { return c.group + "/" + c.name }

// listCases returns the cases under base (testdata/<group>/<case>/), sorted by group and
// case name; none when base is missing. It fails on anything the layout does not allow,
// so that a case in the wrong place is reported rather than silently not run.
func listCases(base string) ([]testCase, error) {
	groups, err := os.ReadDir(base)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defaultPath := filepath.Join(base, defaultConfig)
	defaultData, err := os.ReadFile(defaultPath)
	if err != nil {
		return nil, fmt.Errorf("the default configuration of cases without .tflint.hcl: %w", err)
	}
	var cases []testCase
	var problems []string
	for _, g := range groups { // os.ReadDir sorts by name
		switch {
		case strings.HasPrefix(g.Name(), "."):
			continue
		case !g.IsDir():
			if g.Name() != defaultConfig {
				problems = append(problems, fmt.Sprintf("%s: testdata/ holds only group directories and %s", filepath.Join(base, g.Name()), defaultConfig))
			}
			continue
		}
		groupDir := filepath.Join(base, g.Name())
		entries, err := os.ReadDir(groupDir)
		if err != nil {
			return nil, err
		}
		n := 0
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				continue
			}
			dir := filepath.Join(groupDir, e.Name())
			if !e.IsDir() {
				problems = append(problems, fmt.Sprintf("%s: a group directory holds only case directories (testdata/<group>/<case>/)", dir))
				continue
			}
			n++
			c, err := readCase(g.Name(), e.Name(), dir, defaultPath, defaultData)
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			cases = append(cases, c)
		}
		if n == 0 {
			problems = append(problems, fmt.Sprintf("%s: group holds no cases", groupDir))
		}
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("testdata layout:\n  %s", strings.Join(problems, "\n  "))
	}
	return cases, nil
}

// readCase checks one case directory and returns its case.
func readCase(group, name, dir, defaultPath string, defaultData []byte) (testCase, error) {
	c := testCase{group: group, name: name, dir: dir}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return c, err
	}
	hasConfig, hasResult, hasTF := false, false, false
	for _, e := range entries {
		switch {
		case e.IsDir():
		case e.Name() == ".tflint.hcl":
			hasConfig = true
		case e.Name() == "result.json":
			hasResult = true
		case strings.HasSuffix(e.Name(), ".tf") || strings.HasSuffix(e.Name(), ".tf.json"):
			hasTF = true
		}
	}
	if !hasTF {
		return c, fmt.Errorf("%s: a case directory needs a root module (*.tf or *.tf.json); is it a case at all, or one level too deep or too shallow?", dir)
	}
	if hasConfig {
		data, err := os.ReadFile(filepath.Join(dir, ".tflint.hcl"))
		if err != nil {
			return c, err
		}
		if bytes.Equal(data, defaultData) {
			return c, fmt.Errorf("%s: .tflint.hcl is the same as %s, which a case without .tflint.hcl uses; delete it", dir, defaultPath)
		}
	} else {
		c.config = defaultPath
	}
	if hasResult {
		c.result = filepath.Join(dir, "result.json")
		data, err := os.ReadFile(c.result)
		if err != nil {
			return c, err
		}
		want, err := decodeResult(data)
		if err != nil {
			return c, fmt.Errorf("decoding %s: %v", c.result, err)
		}
		if isEmpty(want) {
			return c, fmt.Errorf("%s expects no issues and no errors, which a case without result.json expects; delete it", c.result)
		}
	}
	return c, nil
}

// isEmpty reports whether r has no issues and no errors.
func isEmpty(r result) bool { return len(r.Issues) == 0 && len(r.Errors) == 0 }

// trackInputs stats every file of the repository (but .git and .tools) so that go test's
// result cache sees them as inputs of this test: the plugin build and TFLint read them in
// subprocesses, which the cache cannot observe, and a cached "ok" must not outlive a change
// to a rule or a case. (`go test -count=1` bypasses the cache altogether.)
func trackInputs(root string) error {
	return filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if errors.Is(err, os.ErrNotExist) { // removed while we walk (others at work)
			return nil
		}
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", ".tools", "bin", "dist":
				if path != root {
					return filepath.SkipDir
				}
			}
			return nil
		}
		_, err = os.Stat(path)
		if errors.Is(err, os.ErrNotExist) { // a dangling symlink, or a file being replaced
			return nil
		}
		return err
	})
}

// casesBase returns the absolute path of casesDir.
func casesBase(root string) string {
	if filepath.IsAbs(casesDir) {
		return casesDir
	}
	return filepath.Join(root, casesDir)
}

// TestLayout checks the layout of testdata/ without running TFLint, so that `go test -short`
// still catches a misplaced case, a stray file or a leftover default.
func TestLayout(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := listCases(casesBase(root)); err != nil {
		t.Fatal(err)
	}
}

func TestIntegration(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the end-to-end run (it builds the plugin and runs TFLint over every case)")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	if err := trackInputs(root); err != nil {
		t.Fatal(err)
	}
	// Build and install even with no cases, so that the plugin always builds here and
	// a fresh clone gets its TFLint.
	setup(t)

	base := casesBase(root)
	cases, err := listCases(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Logf("no cases in %s", base)
	}
	update := os.Getenv(updateEnv) == "1"

	for _, c := range cases {
		t.Run(c.fullName(), func(t *testing.T) {
			t.Parallel()
			runCase(t, c, update)
		})
	}
}

func runCase(t *testing.T, c testCase, update bool) {
	dir := c.dir
	extra, err := readArgs(dir)
	if err != nil {
		t.Fatal(err)
	}
	args := []string{"--format", "json", "--force"}
	if c.config != "" {
		args = append(args, "--config", c.config)
	}
	args = append(args, extra...)
	env, err := caseEnv(dir)
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, tflintBin, args...)
	cmd.Dir = dir
	cmd.Env = env
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	runErr := cmd.Run()
	exitCode := 0
	var exitErr *exec.ExitError
	switch {
	case errors.As(runErr, &exitErr):
		exitCode = exitErr.ExitCode()
	case runErr != nil:
		t.Fatalf("running tflint: %v", runErr)
	}

	defer func() {
		if t.Failed() {
			t.Logf("in %s: tflint %s\nexit code %d\nstderr:\n%s", dir, strings.Join(args, " "), exitCode, stderr.String())
		}
	}()

	got, err := decodeResult(stdout.Bytes())
	if err != nil {
		t.Fatalf("decoding tflint's stdout: %v\nstdout:\n%s", err, stdout.String())
	}

	links, err := ruleLinks(stdout.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range links {
		if want := project.ReferenceLink(l[0]); l[1] != want {
			t.Errorf("issue %d (%s): rule.link = %q, want %q", i, l[0], l[1], want)
		}
	}

	resultPath := filepath.Join(dir, "result.json")
	if update {
		if isEmpty(got) {
			// No result.json means no issues and no errors.
			switch err := os.Remove(resultPath); {
			case err == nil:
				t.Logf("removed %s: no issues, no errors (exit code %d)", resultPath, exitCode)
			case errors.Is(err, os.ErrNotExist):
				t.Logf("no issues, no errors (exit code %d): no result.json to write", exitCode)
			default:
				t.Fatal(err)
			}
		} else {
			data, err := encodeResult(got)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(resultPath, data, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("wrote %s (%d issues, %d errors, exit code %d)", resultPath, len(got.Issues), len(got.Errors), exitCode)
		}
		if wantExit := expectedExit(got); exitCode != wantExit {
			t.Errorf("exit code %d, want %d for this output", exitCode, wantExit)
		}
		return
	}

	// Without result.json the case expects no issues and no errors.
	want := result{Issues: []issue{}, Errors: []tflintError{}}
	wantFrom := "the empty result (the case has no result.json)"
	if c.result != "" {
		data, err := os.ReadFile(c.result)
		if err != nil {
			t.Fatal(err)
		}
		if want, err = decodeResult(data); err != nil {
			t.Fatalf("decoding %s: %v", c.result, err)
		}
		wantFrom = c.result
	}

	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tflint output differs from %s (-want +got):\n%s", wantFrom, diff)
	}

	if wantExit := expectedExit(want); exitCode != wantExit {
		t.Errorf("exit code %d, want %d", exitCode, wantExit)
	}
}

// expectedExit is TFLint's exit code under --force: 1 when it reports errors, else 0.
func expectedExit(r result) int {
	if len(r.Errors) > 0 {
		return 1
	}
	return 0
}
