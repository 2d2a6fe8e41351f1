package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
)

// plansDir is absolute: tests change the working directory.
var plansDir = func() string {
	p, err := filepath.Abs("../../testdata/plans")
	if err != nil {
		panic(err)
	}
	return p
}()

func plan(name string) string {
	return filepath.Join(plansDir, name+".json")
}

type run struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errb)
	return run{code, out.String(), errb.String()}
}

// inTempDir runs the test in an empty directory, so that no .tflint.hcl is picked up
// unless the test writes one.
func inTempDir(t *testing.T) string {
	dir := t.TempDir()
	t.Chdir(dir)
	return dir
}

func TestExitCodes(t *testing.T) {
	inTempDir(t)
	seed, err := os.ReadFile(plan("seed_clean"))
	if err != nil {
		t.Fatal(err)
	}
	broken, err := os.ReadFile(plan("module_primary"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stdout string // substring
		stderr string // substring; "" means empty
	}{
		{"clean plan", "", []string{plan("seed_clean")}, ExitClean, "no change writes to the primary", ""},
		{"broken plan", "", []string{plan("alias_resource")}, ExitFindings, "aws_s3_bucket.logs: create; provider aws.primary (us-east-1)", ""},
		{"stdin, no argument", string(broken), nil, ExitFindings, "module.platform.module.replica.aws_s3_bucket.this", ""},
		{"stdin as -", string(seed), []string{"-"}, ExitClean, "no change", ""},
		{"flags after the file", "", []string{plan("alias_resource"), "--format", "json"}, ExitFindings, `"address": "aws_s3_bucket.logs"`, ""},
		{"-- ends the flags", "", []string{"--format=json", "--", plan("seed_clean")}, ExitClean, `"findings": []`, ""},
		{"bad JSON", "{", nil, ExitError, "", "drguard-plan: standard input: the input is not valid JSON"},
		{"not a plan", `{"format_version":"1.0","values":{}}`, nil, ExitError, "", "but not a plan"},
		{"unsupported format_version", `{"format_version":"2.0","configuration":{"root_module":{}},"resource_changes":[]}`, nil, ExitError, "", `unsupported plan format_version "2.0"`},
		{"missing plan file", "", []string{"nope.json"}, ExitError, "", "drguard-plan: nope.json does not exist"},
		{"empty stdin", "", nil, ExitError, "", "drguard-plan: standard input: the input is empty"},
		{"a JSON array", "[]", nil, ExitError, "", "drguard-plan: standard input: the plan is a JSON array, not an object"},
		{"no configuration", `{"format_version":"1.2","resource_changes":[]}`, nil, ExitError, "", "the plan has no configuration (configuration.root_module is missing), so it cannot be checked"},
		{"empty configuration", `{"format_version":"1.2","configuration":{},"resource_changes":[]}`, nil, ExitError, "", "the plan has no configuration"},
		{"bad --max-size", "", []string{"--max-size", "lots", plan("seed_clean")}, ExitError, "", `invalid value "lots" for flag -max-size: needs a positive size`},
		{"zero --max-size", "", []string{"--max-size=0", plan("seed_clean")}, ExitError, "", "needs a positive size"},
		{"plan file over --max-size", "", []string{"--max-size", "1KiB", plan("seed_clean")}, ExitError, "", "seed_clean.json is larger than 1 KiB; raise the cap with --max-size"},
		{"stdin over --max-size", string(seed), []string{"--max-size", "100"}, ExitError, "", "drguard-plan: standard input is larger than 100 bytes; raise the cap with --max-size"},
		{"a plan under --max-size", "", []string{"--max-size", "1M", plan("seed_clean")}, ExitClean, "no change", ""},
		{"two plan files", "", []string{"a.json", "b.json"}, ExitError, "", "one plan file at most"},
		{"unknown flag", "", []string{"--primary"}, ExitError, "", "flag provided but not defined: -primary"},
		{"bad format", "", []string{"--format", "xml", plan("seed_clean")}, ExitError, "", `--format "xml": use text, json or sarif`},
		{"empty alias", "", []string{"--primary-alias", ",", plan("seed_clean")}, ExitError, "", "needs a non-empty value"},
		{"bad glob", "", []string{"--allowed-resource-type", "aws_[", plan("seed_clean")}, ExitError, "", "not a valid glob pattern"},
		{"missing --config", "", []string{"--config", "missing.hcl", plan("seed_clean")}, ExitError, "", "drguard-plan: --config missing.hcl does not exist"},
		{"version", "", []string{"--version"}, ExitClean, "drguard-plan ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.stdin, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.stdout) {
				t.Errorf("stdout %q does not contain %q", r.stdout, tt.stdout)
			}
			if tt.stderr == "" && r.stderr != "" || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q, want %q", r.stderr, tt.stderr)
			}
			if tt.code == ExitError {
				if r.stdout != "" {
					t.Errorf("an error must print nothing on stdout: %q", r.stdout)
				}
				if strings.Count(r.stderr, "\n") != 1 || !strings.HasSuffix(r.stderr, "\n") {
					t.Errorf("an error must be one line: %q", r.stderr)
				}
			}
		})
	}
}

func TestHelpDocumentsEveryFlag(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "-help"} {
		r := runCLI(t, "", arg)
		if r.code != ExitClean || r.stderr != "" {
			t.Fatalf("%s: exit %d, stderr %q", arg, r.code, r.stderr)
		}
		if r.stdout != Usage() {
			t.Errorf("%s: stdout is not the usage text", arg)
		}
	}
	help := Usage()
	// Every flag the parser knows appears in the help, as --name (or -h).
	names := map[string]bool{}
	newFlagSet(&options{}).VisitAll(func(f *flag.Flag) {
		n := f.Name
		names[n] = true
		want := "--" + n
		if n == "h" {
			want = "-h"
		}
		if !strings.Contains(help, "  "+want) && !strings.Contains(help, ", "+want+"\n") {
			t.Errorf("help does not document %s", want)
		}
	})
	for _, want := range []string{"config", "primary-alias", "primary-region", "allowed-resource-type", "format", "max-size", "version", "help", "h"} {
		if !names[want] {
			t.Errorf("flag %s is missing from the parser", want)
		}
	}
	for _, want := range []string{"Exit status: 0 no findings, 2 findings, 1 error", "text|json|sarif", "terraform show -json tfplan > plan.json && drguard-plan plan.json", "repeatable or comma-separated"} {
		if !strings.Contains(help, want) {
			t.Errorf("help lacks %q", want)
		}
	}
}

func TestConfigAndFlags(t *testing.T) {
	dir := inTempDir(t)
	// A .tflint.hcl in the working directory is read by default.
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write(".tflint.hcl", `plugin "drguard" {
  enabled         = true
  version         = "0.1.0"
  source          = "github.com/drguard/tflint-ruleset-drguard"
  primary_aliases = ["main"]
}

rule "drguard_primary_provider_resource" {
  enabled                = true
  allowed_resource_types = ["aws_iam_*"]
}
`)
	other := write("other.hcl", "plugin \"drguard\" {\n  primary_regions = [\"us-west-2\"]\n}\n")

	count := func(r run) int {
		var res struct {
			Findings []struct {
				Address string `json:"address"`
			} `json:"findings"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
			t.Fatalf("%v: %s %s", err, r.stdout, r.stderr)
		}
		return len(res.Findings)
	}
	tests := []struct {
		name string
		args []string
		want int
	}{
		// primary_aliases = ["main"]: aws.primary is nothing special, no primary region known.
		{"settings from ./.tflint.hcl", []string{"--format=json", plan("alias_resource")}, 0},
		{"--primary-alias overrides primary_aliases; the rule block's exemption stays", []string{"--format=json", "--primary-alias", "primary", plan("alias_resource")}, 1},
		{"--allowed-resource-type overrides the rule option", []string{"--format=json", "--primary-alias=primary", "--allowed-resource-type", "aws_sqs_queue,aws_dynamodb_*", plan("alias_resource")}, 2},
		{"--primary-region, comma-separated", []string{"--format=json", "--primary-region", "eu-west-1, us-east-1", plan("region_arg")}, 1},
		{"--primary-region, repeated", []string{"--format=json", "--primary-region", "eu-west-1", "--primary-region", "us-east-1", plan("region_arg")}, 1},
		{"--config names another file", []string{"--format=json", "--config", other, plan("seed_clean")}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if got := count(r); got != tt.want {
				t.Errorf("%d findings, want %d: %s", got, tt.want, r.stdout)
			}
			wantCode := ExitClean
			if tt.want > 0 {
				wantCode = ExitFindings
			}
			if r.code != wantCode {
				t.Errorf("exit %d, want %d", r.code, wantCode)
			}
		})
	}

	write(".tflint.hcl", "plugin \"drguard\" {\n  primary_alias = [\"x\"]\n}\n")
	r := runCLI(t, "", plan("seed_clean"))
	if r.code != ExitError || !strings.Contains(r.stderr, `An argument named "primary_alias" is not expected here`) {
		t.Errorf("a bad .tflint.hcl: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestSARIFArtifact(t *testing.T) {
	inTempDir(t)
	r := runCLI(t, "", "--format", "sarif", plan("legacy_module"))
	if r.code != ExitFindings {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &log); err != nil {
		t.Fatal(err)
	}
	if n := len(log.Runs[0].Results); n != 2 {
		t.Fatalf("%d results, want 2", n)
	}
	if uri := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != filepath.ToSlash(plan("legacy_module")) {
		t.Errorf("artifact uri %q", uri)
	}
}

// oneErrorLine checks the shape of every error: exit 1, one line on stderr, nothing on
// stdout.
func oneErrorLine(t *testing.T, r run, want string) {
	t.Helper()
	if r.code != ExitError {
		t.Errorf("exit %d, want %d (stderr %q)", r.code, ExitError, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("an error must print nothing on stdout: %q", r.stdout)
	}
	if strings.Count(r.stderr, "\n") != 1 || !strings.HasSuffix(r.stderr, "\n") {
		t.Errorf("an error must be one line: %q", r.stderr)
	}
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
}

func runWithStdin(t *testing.T, stdin io.Reader, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, stdin, &out, &errb)
	return run{code, out.String(), errb.String()}
}

// TestSpecialInputs: a plan argument must be a regular file; standard input may be anything
// but is read up to --max-size only.
func TestSpecialInputs(t *testing.T) {
	dir := inTempDir(t)
	fifo := filepath.Join(dir, "plan.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		dir:         dir + " is a directory, not a regular file; give a plan file, or pipe the plan into standard input",
		fifo:        fifo + " is a named pipe, not a regular file; give a plan file, or pipe the plan into standard input",
		"/dev/zero": "/dev/zero is a device, not a regular file; give a plan file, or pipe the plan into standard input",
	} {
		t.Run(file, func(t *testing.T) {
			oneErrorLine(t, runCLI(t, "", file), "drguard-plan: "+want)
		})
	}

	t.Run("endless standard input (cat /dev/zero | drguard-plan)", func(t *testing.T) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		go func() {
			zeros := make([]byte, 64<<10)
			for {
				if _, err := w.Write(zeros); err != nil {
					w.Close()
					return
				}
			}
		}()
		oneErrorLine(t, runWithStdin(t, r, "--max-size", "4MiB"), "drguard-plan: standard input is larger than 4 MiB; raise the cap with --max-size")
	})
	t.Run("standard input is /dev/null", func(t *testing.T) {
		f, err := os.Open(os.DevNull)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		oneErrorLine(t, runWithStdin(t, f), "no plan given: standard input is a terminal or another device")
	})
	t.Run("standard input is a directory", func(t *testing.T) {
		f, err := os.Open(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		oneErrorLine(t, runWithStdin(t, f), "standard input is a directory, not a plan")
	})
	t.Run("standard input fails", func(t *testing.T) {
		oneErrorLine(t, runWithStdin(t, iotest.ErrReader(errors.New("broken pipe"))), "drguard-plan: standard input cannot be read (broken pipe)")
	})
	t.Run("a plan file from standard input", func(t *testing.T) {
		f, err := os.Open(plan("alias_resource"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if r := runWithStdin(t, f); r.code != ExitFindings {
			t.Errorf("exit %d: %s", r.code, r.stderr)
		}
	})
}

type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("boom\nat line 2") }

// TestPanicIsAnError: exit 2 means findings; a crash is exit 1 with one line.
func TestPanicIsAnError(t *testing.T) {
	inTempDir(t)
	oneErrorLine(t, runWithStdin(t, panicReader{}), "drguard-plan: internal error: boom at line 2; please report it at "+IssuesURL)
}

func TestByteSize(t *testing.T) {
	for in, want := range map[string]int64{
		"1": 1, "100B": 100, "64KiB": 64 << 10, "64k": 64 << 10, "512MiB": 512 << 20, "512 MiB": 512 << 20, "2G": 2 << 30, "1gib": 1 << 30,
	} {
		var b byteSize
		if err := b.Set(in); err != nil || int64(b) != want {
			t.Errorf("%q: %d, %v; want %d", in, b, err, want)
		}
	}
	for _, bad := range []string{"", "0", "-1", "MiB", "1.5GiB", "1TB", "99999999999GiB"} {
		var b byteSize
		if err := b.Set(bad); err == nil {
			t.Errorf("%q accepted as %d", bad, b)
		}
	}
	for n, want := range map[byteSize]string{DefaultMaxSize: "512 MiB", 1 << 30: "1 GiB", 1536: "1536 bytes", 3 << 10: "3 KiB", 100: "100 bytes"} {
		if got := n.String(); got != want {
			t.Errorf("%d renders %q, want %q", int64(n), got, want)
		}
	}
}
