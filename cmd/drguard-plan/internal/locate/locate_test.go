package locate

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/gate"
)

// testdata is cmd/drguard-plan/testdata: plans/ made by real Terraform from configs/.
var testdata = func() string {
	p, err := filepath.Abs("../../testdata")
	if err != nil {
		panic(err)
	}
	return p
}()

func load(t *testing.T, name string) *gate.Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, "plans", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := gate.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// located checks a fixture's findings with --chdir dir and returns "address file:line".
func located(t *testing.T, p *gate.Plan, dir string) []string {
	t.Helper()
	res, err := gate.Check(p, gate.Settings{PrimaryAliases: []string{"primary"}})
	if err != nil {
		t.Fatal(err)
	}
	New(dir, p.Configuration.RootModule).Locate(res.Findings)
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Address+" "+f.Location())
	}
	sort.Strings(out)
	return out
}

func TestFixtureLocations(t *testing.T) {
	t.Chdir(filepath.Dir(testdata)) // cmd/drguard-plan, as the README's commands run from there
	tests := []struct {
		plan string
		want []string
	}{
		{"default_primary", []string{
			// Root resources, a module's and its child's (local sources, ../modules/app and ../inner).
			"aws_iam_role.dr testdata/configs/default_primary/main.tf:52",
			"aws_s3_bucket.dr testdata/configs/default_primary/main.tf:41",
			"aws_sqs_queue.dr testdata/configs/default_primary/main.tf:45",
			"module.app.aws_s3_bucket.app testdata/configs/modules/app/main.tf:8",
			"module.app.module.inner.aws_sqs_queue.inner testdata/configs/modules/inner/main.tf:7",
		}},
		{"module_primary", []string{
			"module.platform.module.replica.aws_iam_role.this testdata/configs/modules/replica/main.tf:11",
			"module.platform.module.replica.aws_s3_bucket.this testdata/configs/modules/replica/main.tf:7",
		}},
		// An import: the import block, not the resource block (line 66).
		{"import_primary", []string{"aws_s3_bucket.adopted testdata/configs/import_primary/main.tf:61"}},
		// Instances point at their one block; a resource no longer in the configuration has no
		// block to point at.
		{"delete_primary", []string{
			"aws_s3_bucket.gone ",
			"aws_s3_bucket.moved testdata/configs/delete_primary/main.tf:" + line(t, "delete_primary/main.tf", `resource "aws_s3_bucket" "moved"`),
			"aws_sqs_queue.tagged testdata/configs/delete_primary/main.tf:" + line(t, "delete_primary/main.tf", `resource "aws_sqs_queue" "tagged"`),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.plan, func(t *testing.T) {
			got := located(t, load(t, tt.plan), "testdata/configs/"+tt.plan)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	t.Run("for_each instances", func(t *testing.T) {
		for _, l := range located(t, load(t, "for_each"), "testdata/configs/for_each") {
			if !strings.Contains(l, " testdata/configs/") {
				t.Errorf("no location: %s", l)
			}
		}
	})
}

// line is the number of the first line of a config file that contains s.
func line(t *testing.T, file, s string) string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(testdata, "configs", file))
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(string(src), "\n") {
		if strings.Contains(l, s) {
			return strconv.Itoa(i + 1)
		}
	}
	t.Fatalf("%s has no %q", file, s)
	return ""
}

// write creates files under dir.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, src := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const replicaTF = `resource "aws_s3_bucket" "this" {
  bucket = "replica"
}

resource "aws_iam_role" "this" {
  name = "replica"
}
`

// installedPlatform is module_primary's plan with module.platform installed from a registry
// and its replica module a local source inside it (./replica).
func installedPlatform(t *testing.T) *gate.Plan {
	p := load(t, "module_primary")
	platform := p.Configuration.RootModule.ModuleCalls["platform"]
	platform.Source = "acme/platform/aws"
	replica := platform.Module.ModuleCalls["replica"]
	replica.Source = "./replica"
	platform.Module.ModuleCalls["replica"] = replica
	p.Configuration.RootModule.ModuleCalls["platform"] = platform
	return p
}

func TestInstalledModules(t *testing.T) {
	want := func(file string) []string {
		return []string{
			"module.platform.module.replica.aws_iam_role.this " + file + ":5",
			"module.platform.module.replica.aws_s3_bucket.this " + file + ":1",
		}
	}
	manifest := func(dir string) string {
		return `{"Modules":[{"Key":"","Source":"","Dir":"."},{"Key":"platform","Source":"acme/platform/aws","Version":"1.0.0","Dir":"` + dir + `"}]}`
	}

	t.Run("through .terraform/modules/modules.json", func(t *testing.T) {
		root := t.TempDir()
		write(t, root, map[string]string{
			".terraform/modules/modules.json":                   manifest(".terraform/modules/platform"),
			".terraform/modules/platform/replica/main.tf":       replicaTF,
			".terraform/modules/platform/replica/.notes.tf":     `resource "aws_s3_bucket" "this" {}`,
			".terraform/modules/platform/replica/override.tf":   "\n\n" + replicaTF,
			".terraform/modules/platform/replica/README.tf.bak": replicaTF,
		})
		t.Chdir(root)
		if got := located(t, installedPlatform(t), "."); !reflect.DeepEqual(got, want(".terraform/modules/platform/replica/main.tf")) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("through TF_DATA_DIR, the configuration given by an absolute path", func(t *testing.T) {
		work := t.TempDir()
		root := filepath.Join(work, "envs", "dr")
		write(t, root, map[string]string{
			"tfdata/modules/modules.json":             manifest("tfdata/modules/platform"),
			"tfdata/modules/platform/replica/main.tf": replicaTF,
		})
		t.Setenv("TF_DATA_DIR", "tfdata")
		t.Chdir(work)
		if got := located(t, installedPlatform(t), root); !reflect.DeepEqual(got, want("envs/dr/tfdata/modules/platform/replica/main.tf")) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("an absolute directory in the manifest", func(t *testing.T) {
		work := t.TempDir()
		modules := filepath.Join(work, "cache", "platform")
		write(t, work, map[string]string{
			"envs/dr/.terraform/modules/modules.json": manifest(filepath.ToSlash(modules)),
			"cache/platform/replica/main.tf":          replicaTF,
		})
		t.Chdir(work)
		if got := located(t, installedPlatform(t), "envs/dr"); !reflect.DeepEqual(got, want("cache/platform/replica/main.tf")) {
			t.Errorf("got %q", got)
		}
	})
	t.Run("not installed, or a broken manifest: no location", func(t *testing.T) {
		for _, files := range []map[string]string{
			{"main.tf": "# nothing installed\n"},
			{".terraform/modules/modules.json": "[", ".terraform/modules/platform/replica/main.tf": replicaTF},
		} {
			root := t.TempDir()
			write(t, root, files)
			t.Chdir(root)
			got := located(t, installedPlatform(t), ".")
			if !reflect.DeepEqual(got, []string{"module.platform.module.replica.aws_iam_role.this ", "module.platform.module.replica.aws_s3_bucket.this "}) {
				t.Errorf("got %q", got)
			}
		}
	})
}

// TestNoConfiguration: without the configuration directory, or with another one, findings
// keep no location (the output falls back to the plan file).
func TestNoConfiguration(t *testing.T) {
	t.Chdir(filepath.Dir(testdata))
	for _, dir := range []string{"testdata/configs/missing", "testdata/plans/seed_clean.json", "testdata/configs/seed_clean"} {
		for _, l := range located(t, load(t, "alias_resource"), dir) {
			if !strings.HasSuffix(l, " ") {
				t.Errorf("--chdir %s: %s", dir, l)
			}
		}
	}
}

func TestBlocks(t *testing.T) {
	root := t.TempDir()
	write(t, root, map[string]string{
		"main.tf": `import {
  for_each = toset(["a", "b"])
  to       = aws_s3_bucket.many[each.key]
  id       = each.key
}

resource "aws_s3_bucket" "many" {
  for_each = toset(["a", "b"])
}

import {
  to = module.m["x"].aws_sqs_queue.q
  id = "q"
}

import {
  to = module.n[each.key].aws_sqs_queue.q
  for_each = toset(["y"])
  id = "q"
}

import {
  id = "no target"
}

resource "broken" {}
`,
		"other.tf.json": `{
  "resource": {
    "aws_iam_role": {
      "json": {
        "name": "r"
      }
    }
  },
  "import": [
    {
      "to": "aws_iam_role.json",
      "id": "r"
    }
  ]
}
`,
		"broken.tf": "resource \"aws_sqs_queue\" \"after_a_syntax_error\" {\n  name = \n}\n",
	})
	ix := New(root, gate.Module{})
	addr := func(s string) gate.ConfigAddress {
		a, err := gate.ParseInstanceAddress(s)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	for _, tt := range []struct {
		addr    string
		imports bool
		line    int
	}{
		{"aws_s3_bucket.many", false, 7},
		{"aws_s3_bucket.many", true, 1},
		{"module.m.aws_sqs_queue.q", true, 11},
		{"module.n.aws_sqs_queue.q", true, 16},
		{"aws_iam_role.json", false, 4},
		{"aws_iam_role.json", true, 9}, // a JSON block's header is its key
	} {
		var loc Location
		var ok bool
		if tt.imports {
			loc, ok = ix.Import(addr(tt.addr))
		} else {
			loc, ok = ix.Resource(addr(tt.addr))
		}
		if !ok || loc.Line != tt.line || !strings.HasPrefix(loc.File, filepath.ToSlash(root)+"/") {
			t.Errorf("%s (import %v): %+v, %v; want line %d", tt.addr, tt.imports, loc, ok, tt.line)
		}
	}
	for _, missing := range []string{"aws_s3_bucket.other", "data.aws_s3_bucket.many", "module.m.aws_sqs_queue.q"} {
		if loc, ok := ix.Resource(addr(missing)); ok {
			t.Errorf("%s found at %+v", missing, loc)
		}
	}
}
