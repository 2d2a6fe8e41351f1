package loader

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// writeDir writes files (name -> content) into a new directory under root.
func writeDir(t testing.TB, dir string, files map[string]string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// renderModule renders a module's content with the text of its files.
func renderModule(t testing.TB, mod *Module) string {
	t.Helper()
	s := sources{}
	for _, f := range mod.Files {
		src, err := os.ReadFile(filepath.Join(mod.Dir, f))
		if err != nil {
			t.Fatal(err)
		}
		s[filepath.Join(mod.Dir, f)] = src
	}
	return s.render(mod.Content)
}

func realTempDir(t testing.TB) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestReadModule(t *testing.T) {
	dir := writeDir(t, filepath.Join(realTempDir(t), "mod"), map[string]string{
		"main.tf": `provider "aws" {
  alias  = "logs"
  region = "us-west-2"
}
provider "aws" { region = "us-east-1" }
resource "aws_s3_bucket" "b" { region = "us-east-1" }
`,
		"b.tf.json":          `{"resource": {"aws_s3_bucket": {"c": {"region": "us-east-2"}}}}`,
		"override.tf":        `resource "aws_s3_bucket" "b" { region = "eu-west-2" }`,
		"a_override.tf":      "provider \"aws\" {\n  alias  = \"logs\"\n  region = \"eu-west-1\"\n}\nresource \"aws_s3_bucket\" \"b\" { region = \"eu-west-1\" }\n",
		"z_override.tf.json": `{"resource": {"aws_s3_bucket": {"c": {"region": "eu-west-3"}}}}`,
		"notes.txt":          "not configuration {",
		"terraform.tfvars":   "not configuration {",
	})
	mod, err := NewCache(testSchema()).Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if mod.Dir != dir {
		t.Errorf("Dir = %s, want %s", mod.Dir, dir)
	}
	if want := []string{"a_override.tf", "b.tf.json", "main.tf", "override.tf", "z_override.tf.json"}; !reflect.DeepEqual(mod.Files, want) {
		t.Errorf("Files = %v, want %v", mod.Files, want)
	}
	// Primary files in lexical order (b.tf.json before main.tf), then a_override.tf, override.tf
	// and z_override.tf.json in that order: override.tf's region wins over a_override.tf's.
	want := `resource.aws_s3_bucket.c{region="eu-west-3"} provider.aws{alias="logs" region="eu-west-1"} provider.aws{region="us-east-1"} resource.aws_s3_bucket.b{region="eu-west-2"}`
	if got := renderModule(t, mod); got != want {
		t.Errorf("content:\n got %s\nwant %s", got, want)
	}
	if attr := mod.Content.Blocks[3].Body.Attributes["region"]; attr.Range.Filename != filepath.Join(dir, "override.tf") {
		t.Errorf("the merged argument's range names %s", attr.Range.Filename)
	}
}

func TestReadModuleIgnoredFiles(t *testing.T) {
	dir := writeDir(t, filepath.Join(realTempDir(t), "mod"), map[string]string{
		"main.tf":         `locals { a = 1 }`,
		".hidden.tf":      "broken {",
		".#main.tf":       "broken {", // an Emacs lock file
		"main.tf~":        "broken {", // a Vim or Emacs backup
		"#main.tf#":       "broken {", // an Emacs auto-save file
		"main.tf.swp":     "broken {",
		"main.tf.bak":     "broken {",
		"x.tftest.hcl":    "broken {",
		"#scratch.tf":     `locals { b = 2 }`, // Terraform reads it: only "#...#" names are ignored
		"main.tfvars":     "broken {",
		"main.tf.json~":   "broken {",
		"override.tf.bak": "broken {",
	})
	writeDir(t, filepath.Join(dir, "sub"), map[string]string{"broken.tf": "broken {"})
	// A directory named like a configuration file is skipped, as Terraform skips it.
	writeDir(t, filepath.Join(dir, "x.tf"), map[string]string{"broken.tf": "broken {"})
	// A symlink to a regular file is read.
	shared := writeDir(t, filepath.Join(filepath.Dir(dir), "shared"), map[string]string{"common.tf": `locals { c = 3 }`})
	if err := os.Symlink(filepath.Join(shared, "common.tf"), filepath.Join(dir, "common.tf")); err != nil {
		t.Fatal(err)
	}
	mod, err := NewCache(testSchema()).Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"#scratch.tf", "common.tf", "main.tf"}; !reflect.DeepEqual(mod.Files, want) {
		t.Errorf("Files = %v, want %v", mod.Files, want)
	}
}

func TestFileKind(t *testing.T) {
	for name, want := range map[string]kindOfFile{
		"main.tf":              primaryFile,
		"main.tf.json":         primaryFile,
		"override.tf":          overrideFile,
		"override.tf.json":     overrideFile,
		"x_override.tf":        overrideFile,
		"_override.tf":         overrideFile,
		"x_override.tf.json":   overrideFile,
		"xoverride.tf":         primaryFile,
		"override_x.tf":        primaryFile,
		"override.json":        notConfig,
		"main.tofu":            notConfig,
		".tf":                  notConfig,
		".override.tf":         notConfig,
		"override.tf~":         notConfig,
		"#override.tf#":        notConfig,
		"#x.tf":                primaryFile,
		"x.tf#":                notConfig,
		"main.TF":              notConfig,
		"main.tftest.hcl":      notConfig,
		"main.tf.json.orig":    notConfig,
		"a.b.c.tf":             primaryFile,
		"x_override.tftest.tf": primaryFile,
	} {
		if got := fileKind(name); got != want {
			t.Errorf("fileKind(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestReadModuleErrors(t *testing.T) {
	root := realTempDir(t)
	fifoDir := writeDir(t, filepath.Join(root, "fifo"), map[string]string{"a.tf": ""})
	if err := syscall.Mkfifo(filepath.Join(fifoDir, "main.tf"), 0o644); err != nil {
		t.Fatal(err)
	}
	symlinkedDir := writeDir(t, filepath.Join(root, "dirlink"), nil)
	if err := os.Symlink(root, filepath.Join(symlinkedDir, "x.tf")); err != nil {
		t.Fatal(err)
	}
	bigDir := writeDir(t, filepath.Join(root, "big"), map[string]string{"big.tf": "# " + strings.Repeat("x", 9<<20) + "\n"})
	devDir := writeDir(t, filepath.Join(root, "dev"), nil)
	if err := os.Symlink("/dev/zero", filepath.Join(devDir, "zero.tf")); err != nil {
		t.Fatal(err)
	}
	parseDir := writeDir(t, filepath.Join(root, "parse"), map[string]string{
		"a.tf": "locals {\n  a = 1\n}\n",
		"b.tf": "locals {\n  b = 2\n}\n\n  !!!\n",
	})
	jsonDir := writeDir(t, filepath.Join(root, "json"), map[string]string{"main.tf.json": "{\n  \"resource\": {\n    \"a\": 1,\n}"})
	contentDir := writeDir(t, filepath.Join(root, "content"), map[string]string{"main.tf": "\n\nresource \"aws_s3_bucket\" {\n}\n"})
	overrideDir := writeDir(t, filepath.Join(root, "override"), map[string]string{"main.tf": "", "override.tf": "\n resource \"x\" {}"})
	file := filepath.Join(writeDir(t, filepath.Join(root, "file"), map[string]string{"main.tf": ""}), "main.tf")
	loop := filepath.Join(root, "loop")
	if err := os.Symlink("loop", loop); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		dir          string
		want         DirError
		wantNotExist bool
	}{
		{dir: filepath.Join(root, "missing"), want: DirError{NotExist: true, Reason: "does not exist"}},
		{dir: filepath.Join(file, "sub"), want: DirError{Reason: "is not a directory"}},
		{dir: loop, want: DirError{Reason: "is a symbolic link loop"}},
		{dir: file, want: DirError{Reason: "is not a directory"}},
		{dir: fifoDir, want: DirError{File: filepath.Join(fifoDir, "main.tf"), Reason: "is a named pipe, not a regular file"}},
		{dir: symlinkedDir, want: DirError{File: filepath.Join(symlinkedDir, "x.tf"), Reason: "is a directory, not a regular file"}},
		{dir: bigDir, want: DirError{File: filepath.Join(bigDir, "big.tf"), Reason: "is larger than 8 MiB"}},
		{dir: devDir, want: DirError{File: filepath.Join(devDir, "zero.tf"), Reason: "is a device, not a regular file"}},
		{dir: parseDir, want: DirError{File: filepath.Join(parseDir, "b.tf"), Line: 5, Column: 3, Reason: "Argument or block definition required"}},
		{dir: jsonDir, want: DirError{File: filepath.Join(jsonDir, "main.tf.json"), Line: 3, Column: 11, Reason: "Trailing comma in object"}},
		{dir: contentDir, want: DirError{File: filepath.Join(contentDir, "main.tf"), Line: 3, Column: 26, Reason: "Missing name for resource"}},
		{dir: overrideDir, want: DirError{File: filepath.Join(overrideDir, "override.tf"), Line: 2, Column: 15, Reason: "Missing name for resource"}},
	} {
		t.Run(filepath.Base(tc.dir), func(t *testing.T) {
			mod, err := NewCache(testSchema()).Read(tc.dir)
			var de *DirError
			if !errors.As(err, &de) {
				t.Fatalf("Read = %v, %v; want a *DirError", mod, err)
			}
			tc.want.Dir = tc.dir
			if *de != tc.want {
				t.Errorf("error = %+v\nwant %+v", *de, tc.want)
			}
			t.Log(err)
		})
	}
}

func TestDirErrorMessage(t *testing.T) {
	for _, tc := range []struct {
		err  DirError
		want string
	}{
		{DirError{Dir: "/m", NotExist: true, Reason: "does not exist"}, "/m does not exist"},
		{DirError{Dir: "/m", File: "/m/a.tf", Reason: "is a named pipe, not a regular file"}, "/m/a.tf is a named pipe, not a regular file"},
		{DirError{Dir: "/m", File: "/m/a.tf", Line: 3, Column: 7, Reason: "Argument or block definition required"}, "/m/a.tf:3,7: Argument or block definition required"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
}

func TestReadModuleEmptyDir(t *testing.T) {
	mod, err := NewCache(testSchema()).Read(t.TempDir())
	if err != nil || len(mod.Files) != 0 || mod.Content == nil || !mod.Content.IsEmpty() || len(mod.ProxyProviders) != 0 {
		t.Errorf("an empty directory is an empty module: %+v, %v", mod, err)
	}
}

func TestCacheRealPaths(t *testing.T) {
	root := realTempDir(t)
	dir := writeDir(t, filepath.Join(root, "modules", "app"), map[string]string{"main.tf": `locals { a = 1 }`})
	// A link to itself inside the module, and a link to the module from elsewhere.
	if err := os.Symlink(".", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("modules", "app"), filepath.Join(root, "alias")); err != nil {
		t.Fatal(err)
	}
	if got, err := RealDir(filepath.Join(dir, "link", "link")); err != nil || got != dir {
		t.Errorf("RealDir through the self link = %s, %v", got, err)
	}
	c := NewCache(testSchema())
	first, err := c.Read(filepath.Join(root, "alias"))
	if err != nil {
		t.Fatal(err)
	}
	if first.Dir != dir {
		t.Errorf("Dir = %s, want the real path %s", first.Dir, dir)
	}
	// Read once: a change on disk is not seen again within one cache.
	writeDir(t, dir, map[string]string{"main.tf": `locals { a = 2 }`, "more.tf": `locals { b = 1 }`})
	for _, p := range []string{dir, filepath.Join(root, "alias"), filepath.Join(dir, "link"), filepath.Join(root, "modules", "app", "..", "app", "link", "link"), filepath.Join(root, "alias") + "/"} {
		mod, err := c.Read(p)
		if err != nil || mod != first {
			t.Errorf("Read(%s) = %p, %v; want the module read first (%p)", p, mod, err, first)
		}
	}
	// A new cache (a new model) reads the directory again.
	if mod, err := NewCache(testSchema()).Read(dir); err != nil || mod == first || len(mod.Files) != 2 {
		t.Errorf("a new cache reads again: %+v, %v", mod, err)
	}
}

func TestCacheErrorsCached(t *testing.T) {
	root := realTempDir(t)
	dir := writeDir(t, filepath.Join(root, "app"), map[string]string{"main.tf": "broken {"})
	if err := os.Symlink("app", filepath.Join(root, "alias")); err != nil {
		t.Fatal(err)
	}
	c := NewCache(testSchema())
	_, err1 := c.Read(dir)
	writeDir(t, dir, map[string]string{"main.tf": ""})
	_, err2 := c.Read(filepath.Join(root, "alias"))
	var de1, de2 *DirError
	if !errors.As(err1, &de1) || !errors.As(err2, &de2) {
		t.Fatalf("errors: %v, %v", err1, err2)
	}
	if de1.Dir != dir || de2.Dir != filepath.Join(root, "alias") {
		t.Errorf("each error names the dir given: %s, %s", de1.Dir, de2.Dir)
	}
	if de1.File != de2.File || de1.Reason != de2.Reason || de1.Line != de2.Line {
		t.Errorf("the error is read once: %v, %v", de1, de2)
	}

	missing := filepath.Join(root, "later")
	if _, err := c.Read(missing); err == nil || !err.(*DirError).NotExist {
		t.Fatalf("Read(missing) = %v", err)
	}
	writeDir(t, missing, nil)
	if _, err := c.Read(missing); err == nil {
		t.Error("a directory missing once stays missing for the cache's life")
	}
}

func TestCacheConcurrent(t *testing.T) {
	root := realTempDir(t)
	dir := writeDir(t, filepath.Join(root, "app"), map[string]string{"main.tf": `provider "aws" { alias = "east" }`})
	if err := os.Symlink("app", filepath.Join(root, "alias")); err != nil {
		t.Fatal(err)
	}
	c := NewCache(testSchema())
	var wg sync.WaitGroup
	mods := make([]*Module, 32)
	for i := range mods {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := dir
			if i%2 == 1 {
				p = filepath.Join(root, "alias")
			}
			mod, err := c.Read(p)
			if err != nil {
				t.Error(err)
			}
			mods[i] = mod
		}()
	}
	wg.Wait()
	for _, m := range mods {
		if m != mods[0] {
			t.Fatal("concurrent reads of one directory return different modules")
		}
	}
}

func TestProxyProviders(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{
			name: "blocks with nothing but alias or version",
			files: map[string]string{"main.tf": `
provider "aws" { alias = "east" }
provider "aws" {
  alias   = "west"
  version = "~> 5.0"
}
provider "google" {}
provider "aws" {
  alias  = "primary"
  region = "us-east-1"
}
provider "aws" {
  alias = "roled"
  assume_role { role_arn = "x" }
}
provider "aws" { alias = var.dynamic }
`},
			want: []string{"aws.east", "aws.west", "google"},
		},
		{
			name:  "JSON proxy blocks",
			files: map[string]string{"main.tf.json": `{"provider": {"aws": [{"alias": "east"}, {"alias": "west", "region": "us-west-2"}], "google": {"//": "a comment"}}}`},
			want:  []string{"aws.east", "google"},
		},
		{
			name: "an override that sets another argument makes the block a configuration",
			files: map[string]string{
				"main.tf": `
provider "aws" { alias = "east" }
provider "aws" { alias = "west" }
provider "aws" { alias = "south" }
provider "aws" { alias = "north" }
`,
				"override.tf": `
provider "aws" {
  alias  = "east"
  region = "us-east-1"
}
provider "aws" {
  alias   = "west"
  version = ">= 5"
}
provider "aws" {
  alias = "south"
  assume_role { role_arn = "x" }
}
`,
				"b_override.tf.json": `{"provider": {"aws": {"alias": "north", "profile": "p"}}}`,
			},
			want: []string{"aws.west"},
		},
		{
			name: "an override never makes a configuration a proxy",
			files: map[string]string{
				"main.tf":     "provider \"aws\" {\n  alias  = \"east\"\n  region = \"us-east-1\"\n}\n",
				"override.tf": `provider "aws" { alias = "east" }`,
			},
		},
		{
			name: "an override of aws.logs leaves the default aws a proxy",
			files: map[string]string{
				"main.tf":     "provider \"aws\" {}\nprovider \"aws\" { alias = \"logs\" }\n",
				"override.tf": "provider \"aws\" {\n  alias  = \"logs\"\n  region = \"eu-west-1\"\n}\n",
			},
			want: []string{"aws"},
		},
		{
			name: "an override with no primary block stands as written",
			files: map[string]string{
				"main.tf":     "",
				"override.tf": "provider \"aws\" { alias = \"east\" }\nprovider \"google\" { region = \"x\" }\n",
			},
			want: []string{"aws.east"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeDir(t, t.TempDir(), tc.files)
			// The schema asks for less than the proxy test needs: the raw files decide.
			mod, err := NewCache(&hclext.BodySchema{Blocks: []hclext.BlockSchema{{Type: "provider", LabelNames: []string{"name"}}}}).Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, k := range tc.want {
				got[k] = true
			}
			if !reflect.DeepEqual(mod.ProxyProviders, got) {
				t.Errorf("ProxyProviders = %v, want %v", mod.ProxyProviders, tc.want)
			}
		})
	}
}

func TestNewCacheAddsProviderAlias(t *testing.T) {
	schema := &hclext.BodySchema{Blocks: []hclext.BlockSchema{{Type: "provider", LabelNames: []string{"name"}, Body: &hclext.BodySchema{Attributes: attrSchema("region")}}}}
	dir := writeDir(t, t.TempDir(), map[string]string{
		"main.tf":     "provider \"aws\" { region = \"us-east-1\" }\nprovider \"aws\" {\n  alias  = \"logs\"\n  region = \"us-west-2\"\n}\n",
		"override.tf": "provider \"aws\" {\n  alias  = \"logs\"\n  region = \"eu-west-1\"\n}\n",
	})
	mod, err := NewCache(schema).Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(schema.Blocks[0].Body.Attributes) != 1 {
		t.Error("NewCache changed the schema given")
	}
	want := `provider.aws{region="us-east-1"} provider.aws{alias="logs" region="eu-west-1"}`
	if got := renderModule(t, mod); got != want {
		t.Errorf("content:\n got %s\nwant %s", got, want)
	}
}
