package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/project"
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
