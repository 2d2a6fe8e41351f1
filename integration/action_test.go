package integration

// Runs scripts/github-action.sh, the GitHub Action's steps after TFLint is installed, the way
// the runner does (GITHUB_WORKSPACE, GITHUB_OUTPUT, RUNNER_TEMP and the action's inputs in
// the environment), with the pinned TFLint and the freshly built plugin, offline.

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

type actionRun struct {
	code     int
	stdout   string
	stderr   string
	outputs  string // GITHUB_OUTPUT
	sarifDir string // RUNNER_TEMP
}

// runAction runs the action script in workspace with the given inputs (DRGUARD_* variables).
// PATH holds the pinned TFLint and the system directories only, so that no terraform is
// found unless a test puts one there.
func runAction(t *testing.T, root, workspace string, inputs map[string]string) actionRun {
	t.Helper()
	runnerTemp := t.TempDir()
	output := filepath.Join(runnerTemp, "github_output")
	env := []string{
		"HOME=" + t.TempDir(),
		"PATH=" + filepath.Dir(tflintBin) + string(os.PathListSeparator) + "/usr/bin" + string(os.PathListSeparator) + "/bin",
		"TFLINT_PLUGIN_DIR=" + pluginDir,
		"GITHUB_WORKSPACE=" + workspace,
		"GITHUB_OUTPUT=" + output,
		"RUNNER_TEMP=" + runnerTemp,
		// Refuse every connection: nothing here may need GitHub.
		"HTTP_PROXY=http://127.0.0.1:9", "HTTPS_PROXY=http://127.0.0.1:9",
	}
	for k, v := range inputs {
		env = append(env, k+"="+v)
	}
	cmd := exec.CommandContext(t.Context(), "bash", filepath.Join(root, "scripts", "github-action.sh"))
	cmd.Dir = t.TempDir() // the script works from GITHUB_WORKSPACE wherever it starts
	cmd.Env = env
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	run := actionRun{stdout: stdout.String(), stderr: stderr.String(), sarifDir: runnerTemp}
	if exitErr, ok := err.(*exec.ExitError); ok {
		run.code = exitErr.ExitCode()
	} else if err != nil {
		t.Fatalf("running the action script: %v", err)
	}
	if data, err := os.ReadFile(output); err == nil {
		run.outputs = string(data)
	}
	return run
}

func TestGitHubActionScript(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the pinned TFLint; skipped with -short")
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed")
	}
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	setup(t)

	// A repository with two DR roots and one configuration at the root, as in the README's
	// recipe; the plugin is the fresh build, found without source and version.
	workspace := t.TempDir()
	copyDir(t, filepath.Join(root, "examples", "dr-broken"), filepath.Join(workspace, "envs", "dr"))
	copyDir(t, filepath.Join(root, "examples", "dr"), filepath.Join(workspace, "envs", "ok"))
	rootConfig := "plugin \"terraform\" {\n  enabled = false\n}\n\nplugin \"drguard\" {\n  enabled = true\n}\n"
	if err := os.WriteFile(filepath.Join(workspace, ".tflint.hcl"), []byte(rootConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	_, jqErr := exec.LookPath("jq")

	t.Run("findings", func(t *testing.T) {
		run := runAction(t, root, workspace, map[string]string{
			"DRGUARD_WORKING_DIRECTORY": "envs/dr",
			"DRGUARD_CONFIG":            "../../.tflint.hcl",
		})
		if run.code != 2 {
			t.Fatalf("exit status %d, want 2 (findings)\nstdout:\n%s\nstderr:\n%s", run.code, run.stdout, run.stderr)
		}
		sarifPath := filepath.Join(run.sarifDir, "drguard.sarif")
		if !strings.Contains(run.outputs, "sarif-file="+sarifPath+"\n") {
			t.Errorf("GITHUB_OUTPUT = %q, want sarif-file=%s", run.outputs, sarifPath)
		}
		data, err := os.ReadFile(sarifPath)
		if err != nil {
			t.Fatal(err)
		}
		var sarif struct {
			Runs []struct {
				Results []struct {
					RuleID    string `json:"ruleId"`
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
		if err := json.Unmarshal(data, &sarif); err != nil {
			t.Fatalf("the SARIF file is not JSON: %v\n%s", err, data)
		}
		n := 0
		for _, r := range sarif.Runs {
			for _, res := range r.Results {
				n++
				if !strings.HasPrefix(res.RuleID, "drguard_") {
					t.Errorf("result of rule %q, want drguard's only", res.RuleID)
				}
				// Relative to the repository root, as code scanning resolves them.
				if len(res.Locations) != 1 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI != "envs/dr/main.tf" {
					t.Errorf("%s: locations %+v, want envs/dr/main.tf", res.RuleID, res.Locations)
				}
			}
		}
		readme, err := os.ReadFile(filepath.Join(root, "README.md"))
		if err != nil {
			t.Fatal(err)
		}
		quickStart, _, _, err := readmeQuickStart(string(readme))
		if err != nil {
			t.Fatal(err)
		}
		// The quick start's findings: the same example and configuration.
		if want := strings.Count(quickStart, "\nmain.tf:"); n != want {
			t.Errorf("%d SARIF results, want the quick start's %d", n, want)
		}
		if jqErr == nil {
			if got := strings.Count(run.stdout, "::error file=envs/dr/main.tf,line=") + strings.Count(run.stdout, "::warning file=envs/dr/main.tf,line="); got != n {
				t.Errorf("%d annotations, want one per finding (%d):\n%s", got, n, run.stdout)
			}
		}
	})

	t.Run("no findings", func(t *testing.T) {
		run := runAction(t, root, workspace, map[string]string{
			"DRGUARD_WORKING_DIRECTORY":        "envs/ok",
			"DRGUARD_CONFIG":                   filepath.Join(workspace, ".tflint.hcl"), // absolute
			"DRGUARD_MINIMUM_FAILURE_SEVERITY": "error",
			"DRGUARD_ANNOTATIONS":              "false",
		})
		if run.code != 0 {
			t.Fatalf("exit status %d, want 0\nstdout:\n%s\nstderr:\n%s", run.code, run.stdout, run.stderr)
		}
	})

	t.Run("each directory's own configuration", func(t *testing.T) {
		// config "": envs/ok and envs/dr use their own .tflint.hcl (the examples'); the
		// working directory is the whole repository.
		run := runAction(t, root, workspace, map[string]string{"DRGUARD_CONFIG": ""})
		if run.code != 2 || !strings.Contains(run.stdout, "file=envs/dr/main.tf") || strings.Contains(run.stdout, "file=envs/ok/") {
			t.Errorf("exit status %d, want 2 with findings in envs/dr only\nstdout:\n%s\nstderr:\n%s", run.code, run.stdout, run.stderr)
		}
	})

	for name, tc := range map[string]struct {
		inputs  map[string]string
		wantErr string
	}{
		"bad severity":           {map[string]string{"DRGUARD_MINIMUM_FAILURE_SEVERITY": "fatal"}, "minimum-failure-severity must be error, warning or notice"},
		"missing config":         {map[string]string{"DRGUARD_CONFIG": "nope.hcl"}, "does not exist"},
		"missing directory":      {map[string]string{"DRGUARD_WORKING_DIRECTORY": "envs/nope"}, "is not a directory"},
		"init without terraform": {map[string]string{"DRGUARD_WORKING_DIRECTORY": "envs/dr", "DRGUARD_CONFIG": "../../.tflint.hcl", "DRGUARD_TERRAFORM_INIT": "true"}, "terraform is not on PATH"},
		"bad boolean":            {map[string]string{"DRGUARD_TERRAFORM_INIT": "yes"}, "terraform-init must be true or false"},
	} {
		t.Run(name, func(t *testing.T) {
			if tc.inputs["DRGUARD_TERRAFORM_INIT"] == "true" {
				for _, dir := range []string{"/usr/bin", "/bin"} {
					if _, err := os.Stat(filepath.Join(dir, "terraform")); err == nil {
						t.Skipf("%s/terraform is on the test's PATH", dir)
					}
				}
			}
			run := runAction(t, root, workspace, tc.inputs)
			if run.code != 1 || !strings.Contains(run.stderr, tc.wantErr) || !strings.Contains(run.stdout, "::error title=drguard::") {
				t.Errorf("exit status %d, want 1 with %q on stderr and an error annotation\nstdout:\n%s\nstderr:\n%s", run.code, tc.wantErr, run.stdout, run.stderr)
			}
		})
	}
}
