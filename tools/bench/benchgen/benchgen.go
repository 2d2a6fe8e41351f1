// Package benchgen generates synthetic disaster-recovery monorepos for drguard's benchmarks:
// N root modules (each a DR configuration with an s3 backend, a default and a `primary` aws
// provider, remote-state reads of the primary, data sources on the primary alias, M managed
// resources of assorted AWS types, and calls of local child modules two levels deep), plus a
// configurable number of planted violations of each drguard rule. Generation is deterministic:
// the same Options give byte-identical trees. The HCL it writes is embedded: text/template
// templates in templates/ and the shared child modules, as they are, in modules/.
//
// The manifest (manifest.json at the tree's top) records every planted violation as the rule,
// file and line of the one finding drguard must report for it; every other finding is
// unexpected. See Generate.
package benchgen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Version names the generator's output format; bump it when the generated trees change.
const Version = "benchgen/1"

// ManifestFile is the manifest's name in a generated tree.
const ManifestFile = "manifest.json"

// Size is a named tree size: Roots root modules of Resources managed resources each.
type Size struct {
	Name      string
	Roots     int
	Resources int
}

// Sizes are the named sizes, smallest first.
var Sizes = []Size{
	{Name: "small", Roots: 1, Resources: 50},
	{Name: "medium", Roots: 20, Resources: 200},
	{Name: "large", Roots: 100, Resources: 500},
}

// SizeNamed returns the size of a name.
func SizeNamed(name string) (Size, bool) {
	for _, s := range Sizes {
		if s.Name == name {
			return s, true
		}
	}
	return Size{}, false
}

// Options control a tree.
type Options struct {
	// Roots is the number of root modules; Resources the managed resource blocks in each
	// root module (child modules add their own).
	Roots     int    `json:"roots"`
	Resources int    `json:"resources"`
	Seed      uint64 `json:"seed"`
	// ResourceViolations is, for each rule judged per resource (primary_provider_resource,
	// resource_region, writable_remote_state), the fraction of all root-module managed
	// resources that violate it (at least one of each planted form).
	ResourceViolations float64 `json:"resource_violations"`
	// RootViolations is, for each rule judged per configuration (primary_provider_module,
	// provider_region, provider_region_implicit, shared_backend, and writable_remote_state's
	// own-state and module-input facets), the number of violations as a fraction of the
	// roots (at least one of each planted form; shared_backend at most one per root).
	RootViolations float64 `json:"root_violations"`
	// ResourcesPerFile is how many resource blocks go in one .tf file.
	ResourcesPerFile int `json:"resources_per_file"`
}

// DefaultOptions returns the options of a named size with the default violation fractions.
func DefaultOptions(size Size, seed uint64) Options {
	return Options{
		Roots:              size.Roots,
		Resources:          size.Resources,
		Seed:               seed,
		ResourceViolations: 0.01,
		RootViolations:     0.1,
		ResourcesPerFile:   40,
	}
}

// Finding is one expected finding: the rule and where its issue's range starts. File is
// relative to the tree's top, with forward slashes, the way TFLint --recursive run from the
// top reports it.
type Finding struct {
	Rule string `json:"rule"`
	File string `json:"file"`
	Line int    `json:"line"`
	// Form names the planted shape, for reports.
	Form string `json:"form"`
}

// Key identifies a finding by rule, file and line.
func (f Finding) Key() string {
	return fmt.Sprintf("%s %s:%d", f.Rule, f.File, f.Line)
}

// Manifest describes a generated tree.
type Manifest struct {
	Generator string  `json:"generator"`
	Options   Options `json:"options"`
	// Roots and ModuleDirs are the root module and child module directories, relative to the
	// top. TFLint --recursive also lints the module directories (as root modules).
	Roots      []string `json:"roots"`
	ModuleDirs []string `json:"module_dirs"`
	// Files and Bytes count the generated .tf files; ManagedResources the resource blocks of
	// the root modules.
	Files            int   `json:"files"`
	Bytes            int64 `json:"bytes"`
	ManagedResources int   `json:"managed_resources"`
	// PluginSettings are the attributes and blocks the planted violations assume in the
	// plugin "drguard" block of .tflint.hcl (dr_regions, a primary_state block).
	PluginSettings string    `json:"plugin_settings"`
	Expected       []Finding `json:"expected"`
}

// PluginSettings is the body of the plugin "drguard" block (without enabled) that the planted
// violations assume: drguard_provider_region needs dr_regions for the third-region provider,
// and drguard_shared_backend's lock-table case needs the primary's lock table.
const PluginSettings = `dr_regions = ["us-west-2"]

  primary_state {
    backend    = "s3"
    bucket     = "primary-terraform-state"
    region     = "us-east-1"
    lock_table = "primary-tf-locks"
  }
`

// ReadManifest reads a tree's manifest.
func ReadManifest(dir string) (*Manifest, error) {
	src, err := os.ReadFile(filepath.Join(dir, ManifestFile))
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(src, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestFile), err)
	}
	return &m, nil
}

// Generate writes a tree into dir (which must be empty or absent) and returns its manifest,
// also written as dir/manifest.json.
func Generate(dir string, opts Options) (*Manifest, error) {
	if opts.Roots < 1 || opts.Resources < 1 {
		return nil, fmt.Errorf("benchgen: need at least one root and one resource, got %d × %d", opts.Roots, opts.Resources)
	}
	if opts.ResourcesPerFile < 1 {
		opts.ResourcesPerFile = 40
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("benchgen: %s is not empty", dir)
	}
	g := &generator{opts: opts, rng: rand.New(rand.NewPCG(opts.Seed, 0x6472677561726431))}
	g.plan()
	g.modules()
	for i := range g.roots {
		g.root(g.roots[i])
	}
	m := &Manifest{Generator: Version, Options: opts, PluginSettings: PluginSettings, ModuleDirs: moduleDirs}
	for _, r := range g.roots {
		m.Roots = append(m.Roots, r.dir)
	}
	for _, f := range g.files {
		path := filepath.Join(dir, filepath.FromSlash(f.path))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(path, []byte(f.b.String()), 0o644); err != nil {
			return nil, err
		}
		m.Files++
		m.Bytes += int64(f.b.Len())
	}
	m.ManagedResources = g.managed
	m.Expected = g.expected
	sort.Slice(m.Expected, func(i, j int) bool {
		a, b := m.Expected[i], m.Expected[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
	src, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, ManifestFile), append(src, '\n'), 0o644); err != nil {
		return nil, err
	}
	return m, nil
}

// The rules, by name.
const (
	RulePrimaryProviderResource = "drguard_primary_provider_resource"
	RulePrimaryProviderModule   = "drguard_primary_provider_module"
	RuleResourceRegion          = "drguard_resource_region"
	RuleProviderRegion          = "drguard_provider_region"
	RuleProviderRegionImplicit  = "drguard_provider_region_implicit"
	RuleSharedBackend           = "drguard_shared_backend"
	RuleWritableRemoteState     = "drguard_writable_remote_state"
)

// Rules lists every rule the generator plants violations of.
var Rules = []string{
	RulePrimaryProviderResource, RulePrimaryProviderModule, RuleResourceRegion, RuleProviderRegion,
	RuleProviderRegionImplicit, RuleSharedBackend, RuleWritableRemoteState,
}

// mark, followed by the form's name, ends a template line whose line number is the expected
// finding's (templates write it with {{mark "FORM"}}); write takes it out.
const mark = "\x00"

// marked is a line that was marked as the finding of a planted form.
type marked struct {
	line int
	form string
}

// tfFile is a generated file that counts its lines.
type tfFile struct {
	path  string
	b     strings.Builder
	lines int
}

// write appends text (whole lines) and returns the marked lines.
func (f *tfFile) write(text string) []marked {
	var out []marked
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		f.lines++
		if l, form, ok := strings.Cut(line, mark); ok {
			line = l
			out = append(out, marked{f.lines, form})
		}
		f.b.WriteString(line)
		f.b.WriteByte('\n')
	}
	return out
}

type generator struct {
	opts     Options
	rng      *rand.Rand
	roots    []*rootPlan
	files    []*tfFile
	expected []Finding
	managed  int
}

func (g *generator) file(path string) *tfFile {
	f := &tfFile{path: path}
	g.files = append(g.files, f)
	return f
}

// expect records the finding of a planted violation at each marked line of a file.
func (g *generator) expect(f *tfFile, marks []marked) {
	for _, m := range marks {
		rule, ok := ruleOf[m.form]
		if !ok {
			panic(fmt.Sprintf("benchgen: %s:%d is marked with %q, which is no form", f.path, m.line, m.form))
		}
		g.expected = append(g.expected, Finding{Rule: rule, File: f.path, Line: m.line, Form: m.form})
	}
}
