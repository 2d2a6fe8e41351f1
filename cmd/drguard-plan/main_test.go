package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/cli"
	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/gate"
)

// jqGaps are the findings the corrected jq one-liner of docs/drguard-plan.md misses by
// design (it resolves provider regions from constants and root variables only), per fixture.
var jqGaps = map[string][]string{
	"variables": {"module.legacy.aws_iam_role.legacy"},
}

func fixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/plans/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no plan fixtures: %v", err)
	}
	return files
}

func gateFindings(t *testing.T, file string) []string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := gate.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gate.Check(p, gate.Settings{PrimaryAliases: []string{"primary"}, PrimaryRegions: []string{"us-east-1"}})
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, f := range res.Findings {
		out = append(out, f.Address)
	}
	return out
}

func runJQ(t *testing.T, args ...string) (string, int) {
	t.Helper()
	jq, err := exec.LookPath("jq")
	if err != nil {
		t.Skip("jq is not on PATH")
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(jq, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		return stderr.String(), exit.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), 0
}

func lines(s string) []string {
	out := []string{}
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// TestCorrectedJQOneLiner runs the jq program of docs/drguard-plan.md (kept verbatim in
// testdata/gate.jq) with the jq on PATH over every fixture: it must list exactly what
// drguard-plan finds, less the documented gaps.
func TestCorrectedJQOneLiner(t *testing.T) {
	for _, file := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			out, code := runJQ(t, "-r", "--arg", "alias", "primary", "--arg", "region", "us-east-1", "-f", "testdata/gate.jq", file)
			if code != 0 {
				t.Fatalf("jq exit %d: %s", code, out)
			}
			want := []string{}
			gaps := map[string]bool{}
			for _, g := range jqGaps[name] {
				gaps[g] = true
			}
			for _, a := range gateFindings(t, file) {
				if !gaps[a] {
					want = append(want, a)
				}
			}
			sort.Strings(want)
			if got := lines(out); !reflect.DeepEqual(got, want) {
				t.Errorf("jq lists %q\ndrguard-plan %q", got, want)
			}
		})
	}
}

// TestSeedJQFindsNothing runs the widely copied gate with the real jq: it finds nothing on
// any fixture, whatever drguard-plan finds there.
func TestSeedJQFindsNothing(t *testing.T) {
	const seed = `.planned_values.root_module.resources[] | select(.provider_name | contains("aws.primary"))`
	for _, file := range fixtures(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			out, code := runJQ(t, seed, file)
			if code != 0 || strings.TrimSpace(out) != "" {
				t.Errorf("seed jq: exit %d, output %q", code, out)
			}
		})
	}
}

// TestDocCarriesTheTestedJQ keeps docs/drguard-plan.md's one-liner identical to the tested one.
func TestDocCarriesTheTestedJQ(t *testing.T) {
	program, err := os.ReadFile("testdata/gate.jq")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("../../docs/drguard-plan.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, bytes.TrimSpace(program)) {
		t.Error("docs/drguard-plan.md does not carry testdata/gate.jq verbatim")
	}
}

// TestDocJQSnippetRuns runs the doc's shell snippet itself, as a reader would paste it.
func TestDocJQSnippetRuns(t *testing.T) {
	if _, err := exec.LookPath("jq"); err != nil {
		t.Skip("jq is not on PATH")
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash is not on PATH")
	}
	doc, err := os.ReadFile("../../docs/drguard-plan.md")
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(doc, []byte("found=$(jq "))
	end := bytes.Index(doc[max(start, 0):], []byte("exit 2; fi\n"))
	if start < 0 || end < 0 {
		t.Fatal("the doc has no jq snippet")
	}
	snippet := string(doc[start : start+end+len("exit 2; fi\n")])
	for name, want := range map[string]int{"seed_clean": 0, "alias_resource": 2, "for_each": 2} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			data, err := os.ReadFile(filepath.Join("testdata/plans", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "plan.json"), data, 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(bash, "-c", snippet)
			cmd.Dir = dir
			out, err := cmd.CombinedOutput()
			code := 0
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				code = exit.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != want {
				t.Errorf("exit %d, want %d: %s", code, want, out)
			}
			for _, a := range gateFindings(t, filepath.Join("testdata/plans", name+".json")) {
				if !strings.Contains(string(out), a+"\n") {
					t.Errorf("output lacks %s: %s", a, out)
				}
			}
		})
	}
}

// TestDocsKeepUp: docs/drguard-plan.md documents every flag of --help, shows text output as
// drguard-plan prints it, and the docs use one version of the SARIF upload action.
func TestDocsKeepUp(t *testing.T) {
	doc, err := os.ReadFile("../../docs/drguard-plan.md")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`(?m)^  (--[a-z-]+)`).FindAllStringSubmatch(cli.Usage(), -1) {
		if !bytes.Contains(doc, []byte("| `"+m[1])) && !bytes.Contains(doc, []byte("`, `"+m[1])) {
			t.Errorf("docs/drguard-plan.md has no row for %s", m[1])
		}
	}

	var stdout, stderr bytes.Buffer
	code := cli.Run([]string{"--chdir", "testdata/configs/module_primary", "testdata/plans/module_primary.json"}, strings.NewReader(""), &stdout, &stderr)
	if code != cli.ExitFindings {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if !bytes.Contains(doc, []byte(line)) {
			t.Errorf("docs/drguard-plan.md's text example lacks %q", line)
		}
	}

	versions := map[string]bool{}
	for _, src := range [][]byte{doc, readme} {
		for _, m := range regexp.MustCompile(`github/codeql-action/upload-sarif@(\S+)`).FindAllSubmatch(src, -1) {
			versions[string(m[1])] = true
		}
	}
	if len(versions) != 1 || !versions["v4"] {
		t.Errorf("upload-sarif versions in the docs: %v, want v4 only", versions)
	}
}
