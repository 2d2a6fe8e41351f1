package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"

	"github.com/santhosh-tekuri/jsonschema/v6"
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

// fixtureRoot is cmd/drguard-plan: the tests that name configurations relative to the
// current directory (--chdir testdata/configs/NAME) run there.
var fixtureRoot = filepath.Dir(filepath.Dir(plansDir))

type sarifLog struct {
	Runs []struct {
		Results []struct {
			Message struct {
				Text string `json:"text"`
			} `json:"message"`
			Locations []struct {
				PhysicalLocation *struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region *struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
				LogicalLocations []struct {
					FullyQualifiedName string `json:"fullyQualifiedName"`
				} `json:"logicalLocations"`
			} `json:"locations"`
		} `json:"results"`
	} `json:"runs"`
}

// sarifLocations maps each result's resource address to "uri:startLine" (or "uri").
func sarifLocations(t *testing.T, out string) map[string]string {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0]
		where := ""
		if pl := loc.PhysicalLocation; pl != nil {
			where = pl.ArtifactLocation.URI
			if pl.Region != nil {
				where += ":" + strconv.Itoa(pl.Region.StartLine)
			}
		}
		got[loc.LogicalLocations[0].FullyQualifiedName] = where
	}
	return got
}

// sarifSchema is the SARIF 2.1.0 JSON schema, vendored as test data: the OASIS errata01
// schema (its "id" says so) as github.com/owenrumney/go-sarif/v3 v3.3.1 embeds it in
// pkg/report/v210/sarif/schema.go, taken from that module's zip, unchanged.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtureRoot, "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	id := doc.(map[string]any)["id"].(string)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// TestSARIFAgainstTheSchema validates drguard-plan's SARIF against the SARIF 2.1.0 schema,
// and checks that each result points at its resource block's .tf file and line: root
// resources, a module's and a module's module, with --chdir; the plan file without it.
func TestSARIFAgainstTheSchema(t *testing.T) {
	schema := sarifSchema(t)
	t.Chdir(fixtureRoot)
	tests := []struct {
		name string
		args []string
		want map[string]string
	}{
		{"--chdir: the .tf lines", []string{"--chdir", "testdata/configs/default_primary", "testdata/plans/default_primary.json"}, map[string]string{
			"aws_s3_bucket.dr":                            "testdata/configs/default_primary/main.tf:41",
			"aws_sqs_queue.dr":                            "testdata/configs/default_primary/main.tf:45",
			"aws_iam_role.dr":                             "testdata/configs/default_primary/main.tf:52",
			"module.app.aws_s3_bucket.app":                "testdata/configs/modules/app/main.tf:8",
			"module.app.module.inner.aws_sqs_queue.inner": "testdata/configs/modules/inner/main.tf:7",
		}},
		{"--chdir: a module's module, handed aws.primary", []string{"--chdir=testdata/configs/module_primary", "testdata/plans/module_primary.json"}, map[string]string{
			"module.platform.module.replica.aws_s3_bucket.this": "testdata/configs/modules/replica/main.tf:7",
			"module.platform.module.replica.aws_iam_role.this":  "testdata/configs/modules/replica/main.tf:11",
		}},
		{"--chdir: an import block", []string{"--chdir", "testdata/configs/import_primary", "testdata/plans/import_primary.json"}, map[string]string{
			"aws_s3_bucket.adopted": "testdata/configs/import_primary/main.tf:61",
		}},
		{"no configuration in the current directory: the plan file", []string{"testdata/plans/module_primary.json"}, map[string]string{
			"module.platform.module.replica.aws_s3_bucket.this": "testdata/plans/module_primary.json",
			"module.platform.module.replica.aws_iam_role.this":  "testdata/plans/module_primary.json",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", append([]string{"--format", "sarif"}, tt.args...)...)
			if r.code != ExitFindings {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			doc, err := jsonschema.UnmarshalJSON(strings.NewReader(r.stdout))
			if err != nil {
				t.Fatal(err)
			}
			if err := schema.Validate(doc); err != nil {
				t.Errorf("the SARIF output does not validate: %v", err)
			}
			if got := sarifLocations(t, r.stdout); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("locations %v\nwant      %v", got, tt.want)
			}
		})
	}
	// The schema does catch a broken log.
	if err := schema.Validate(map[string]any{"version": "2.1.0", "runs": []any{map[string]any{"results": []any{}}}}); err == nil {
		t.Error("a run without its tool validates")
	}
}

// TestTextAndJSONLocations: text lines start with file:line, JSON findings carry file and
// line; a clean plan and a plan without its configuration at hand show none.
func TestTextAndJSONLocations(t *testing.T) {
	t.Chdir(fixtureRoot)
	r := runCLI(t, "", "--chdir", "testdata/configs/alias_resource", "testdata/plans/alias_resource.json")
	if r.code != ExitFindings {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"testdata/configs/alias_resource/main.tf:60: aws_s3_bucket.logs: create; provider aws.primary (us-east-1)",
		"testdata/configs/alias_resource/main.tf:70: aws_iam_role.leak: create;",
	} {
		if !strings.Contains(r.stdout, "\n"+want) && !strings.HasPrefix(r.stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, r.stdout)
		}
	}
	r = runCLI(t, "", "--format", "json", "--chdir", "testdata/configs/alias_resource", "testdata/plans/alias_resource.json")
	var res struct {
		Findings []struct {
			Address string `json:"address"`
			File    string `json:"file"`
			Line    int    `json:"line"`
		} `json:"findings"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		want := map[string]int{"aws_s3_bucket.logs": 60, "aws_iam_role.leak": 70}[f.Address]
		if f.File != "testdata/configs/alias_resource/main.tf" || f.Line != want {
			t.Errorf("%s: %s:%d, want line %d", f.Address, f.File, f.Line, want)
		}
	}
	r = runCLI(t, "", "--format", "json", "testdata/plans/alias_resource.json")
	if strings.Contains(r.stdout, `"file"`) || strings.Contains(r.stdout, `"line"`) {
		t.Errorf("no configuration at hand, yet locations: %s", r.stdout)
	}
}

func TestChdir(t *testing.T) {
	dir := inTempDir(t)
	if err := os.MkdirAll(filepath.Join(dir, "envs", "dr"), 0o755); err != nil {
		t.Fatal(err)
	}
	// .tflint.hcl is looked for in --chdir.
	if err := os.WriteFile(filepath.Join(dir, "envs", "dr", ".tflint.hcl"), []byte("plugin \"drguard\" {\n  primary_aliases = [\"main\"]\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if r := runCLI(t, "", "--chdir", "envs/dr", plan("alias_resource")); r.code != ExitClean || !strings.Contains(r.stdout, "primary aliases: main") {
		t.Errorf("--chdir envs/dr did not read envs/dr/.tflint.hcl: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	if r := runCLI(t, "", plan("alias_resource")); r.code != ExitFindings {
		t.Errorf("without --chdir, ./.tflint.hcl (none) should apply: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	for _, bad := range []string{"envs/nope", plan("alias_resource")} {
		oneErrorLine(t, runCLI(t, "", "--chdir", bad, plan("alias_resource")), "drguard-plan: --chdir "+bad+" is not a directory")
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
