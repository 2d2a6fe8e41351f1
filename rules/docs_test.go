package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Every registered rule has a doc page, a row in the README's rule table and in the docs
// index, and its Link() points at its page; every row names a registered rule.
func TestDocs(t *testing.T) {
	registered := map[string]bool{}
	for _, r := range Rules {
		registered[r.Name()] = true
		if _, err := os.Stat(filepath.Join("..", "docs", "rules", r.Name()+".md")); err != nil {
			t.Errorf("%s has no page docs/rules/%s.md", r.Name(), r.Name())
		}
		if want := project.ReferenceLink(r.Name()); r.Link() != want {
			t.Errorf("%s: Link() = %s, want %s", r.Name(), r.Link(), want)
		}
	}
	row := regexp.MustCompile("(?m)^\\|\\s*\\[?`?(drguard_[a-z_]+)")
	for _, table := range []string{filepath.Join("..", "README.md"), filepath.Join("..", "docs", "rules", "README.md")} {
		src, err := os.ReadFile(table)
		if err != nil {
			t.Fatal(err)
		}
		rows := map[string]bool{}
		for _, m := range row.FindAllStringSubmatch(string(src), -1) {
			rows[m[1]] = true
			if !registered[m[1]] {
				t.Errorf("%s: a row names %s, which is not a registered rule", table, m[1])
			}
		}
		for name := range registered {
			if !rows[name] {
				t.Errorf("%s has no row for %s", table, name)
			}
		}
	}
}

// docsMarker is the HTML comment line that must come directly before every ```hcl block of a
// rule page: `<!-- testdata: GROUP/CASE/FILE -->` for a Terraform example, `<!-- config -->`
// for a .tflint.hcl snippet.
var docsMarker = regexp.MustCompile(`^<!--\s*(?:testdata:\s*(\S+)|(config))\s*-->$`)

// Every ```hcl block in docs/rules/*.md is exercised. A Terraform example is marked
// `<!-- testdata: GROUP/CASE/FILE -->` on the line directly before it, and its text must
// equal, or appear as whole lines in, testdata/GROUP/CASE/FILE, where testdata/GROUP/CASE is
// an end-to-end case (a directory with *.tf or *.tf.json files, which the integration test
// runs TFLint over; see integration/integration_test.go). A .tflint.hcl snippet is marked
// `<!-- config -->` and must parse as HCL. A block with neither marker, or a marker that is
// not followed by a ```hcl block, fails.
func TestDocsExamples(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "docs", "rules", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := 0
	for _, page := range pages {
		src, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.ToSlash(strings.TrimPrefix(page, filepath.Join("..", "")+string(filepath.Separator)))
		lines := strings.Split(strings.ReplaceAll(string(src), "\r\n", "\n"), "\n")
		for i := 0; i < len(lines); i++ {
			m := docsMarker.FindStringSubmatch(strings.TrimSpace(lines[i]))
			fence, isFence := strings.CutPrefix(strings.TrimSpace(lines[i]), "```")
			switch {
			case m != nil:
				if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) != "```hcl" {
					t.Errorf("%s:%d: %s is not directly followed by a ```hcl block", name, i+1, lines[i])
				}
				continue
			case !isFence:
				continue
			}
			// An opening fence: find its end.
			end := i + 1
			for end < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[end]), "```") {
				end++
			}
			if end == len(lines) {
				t.Errorf("%s:%d: code block is not closed", name, i+1)
				break
			}
			if strings.TrimSpace(fence) == "hcl" {
				blocks++
				body := strings.Join(lines[i+1:end], "\n") + "\n"
				var marker []string
				if i > 0 {
					marker = docsMarker.FindStringSubmatch(strings.TrimSpace(lines[i-1]))
				}
				switch {
				case marker == nil:
					t.Errorf("%s:%d: ```hcl block without a marker: put <!-- testdata: GROUP/CASE/FILE --> (a Terraform example) or <!-- config --> (a .tflint.hcl snippet) on the line before it", name, i+1)
				case marker[2] == "config":
					if _, diags := hclsyntax.ParseConfig([]byte(body), name, hcl.Pos{Line: i + 2, Column: 1, Byte: 0}); diags.HasErrors() {
						t.Errorf("%s:%d: config block does not parse: %s", name, i+1, diags.Error())
					}
				default:
					checkDocsExample(t, name, i+1, marker[1], body)
				}
			}
			i = end
		}
	}
	if blocks == 0 {
		t.Fatal("no ```hcl blocks found in docs/rules/*.md")
	}
}

// checkDocsExample checks one Terraform example against testdata/GROUP/CASE/FILE.
func checkDocsExample(t *testing.T, page string, line int, ref, body string) {
	t.Helper()
	clean := filepath.ToSlash(filepath.Clean(ref))
	parts := strings.SplitN(clean, "/", 3)
	if len(parts) < 3 || clean != ref || strings.HasPrefix(clean, "../") || filepath.IsAbs(ref) ||
		strings.HasPrefix(parts[0], ".") || strings.HasPrefix(parts[1], ".") {
		t.Errorf("%s:%d: testdata marker %q must be GROUP/CASE/FILE, a path inside a case directory testdata/GROUP/CASE/", page, line, ref)
		return
	}
	testdata := filepath.Join("..", "testdata")
	caseDir := filepath.Join(testdata, parts[0], parts[1])
	if !isE2ECase(caseDir) {
		t.Errorf("%s:%d: testdata/%s/%s is not an end-to-end case (a directory with *.tf or *.tf.json files)", page, line, parts[0], parts[1])
		return
	}
	content, err := os.ReadFile(filepath.Join(testdata, filepath.FromSlash(clean)))
	if err != nil {
		t.Errorf("%s:%d: %s", page, line, err)
		return
	}
	text := strings.ReplaceAll(string(content), "\r\n", "\n")
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if text != body && !strings.Contains("\n"+text, "\n"+body) {
		t.Errorf("%s:%d: the example is not in testdata/%s; it must equal the file or appear in it as whole lines:\n%s", page, line, clean, body)
	}
}

// isE2ECase reports whether dir, testdata/GROUP/CASE, is an end-to-end case: a directory
// that holds a *.tf or *.tf.json file (result.json is optional; without it the case expects
// no findings).
func isE2ECase(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".tf") || strings.HasSuffix(e.Name(), ".tf.json")) {
			return true
		}
	}
	return false
}
