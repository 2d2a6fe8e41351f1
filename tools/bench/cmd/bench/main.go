// Command bench is `make bench`: it times TFLint --recursive over generated DR monorepos six
// ways, TFLint's bundled terraform ruleset disabled in all:
//
//   - drguard: drguard enabled;
//   - floor: the floor plugin, which makes drguard's content request and emits the planted
//     violations, without analysing anything (what drguard costs above it is its analysis);
//   - request: the floor plugin making the request only (what the floor costs above it is
//     TFLint's price for reporting the findings);
//   - minimal: the floor plugin requesting only resource headers and provider arguments, the
//     least any drguard rule could ask for, and emitting the planted violations;
//   - null: a do-nothing plugin (the price of any plugin: one process per directory);
//   - none: no plugin.
//
// It checks drguard's findings against the planted violations, measures the plugin processes'
// peak RSS, and runs the in-process Go benchmarks (inprocess_test.go). Run from tools/bench,
// the benchmark tooling's own module; it builds drguard from the directory the module's
// replace directive points at (the repository root):
//
//	go run ./cmd/bench -sizes "small medium" -rounds 3
//
// # What is measured, and how
//
//   - Wall: from starting TFLint to its exit, per run; the table shows the median of the
//     timed rounds. Variants alternate within a round (the order rotates every round).
//   - CPU: user + system time of the whole process tree, taken as the difference of this
//     process's getrusage(RUSAGE_CHILDREN) before and after the run. TFLint --recursive runs
//     one worker process per directory (itself, up to --max-workers = NumCPU at once), and
//     each worker starts the plugin processes; each level waits for its children, and the
//     kernel adds a waited-for child's own and children's times to its parent's
//     RUSAGE_CHILDREN, so the whole tree reaches us. To be sure nothing escapes, this process
//     makes itself a child subreaper (PR_SET_CHILD_SUBREAPER): a descendant orphaned by its
//     parent is re-parented here and reaped after the run, and counted; the table reports how
//     many there were. The wait4 rusage of TFLint itself (Go's ProcessState) is compared too.
//   - Peak RSS of the plugin processes: one extra untimed run per plugin variant, in which
//     the plugin binary in TFLINT_PLUGIN_DIR is a launcher (tools/bench/launcher) that
//     runs the real plugin as its child, waits for it and logs its rusage (ru_maxrss, the
//     kernel's peak resident set) per directory. The timed runs use the bare plugins.
//   - Findings: the first drguard run's JSON output against the tree's manifest: each
//     planted violation must be reported once (rule, file, start line), nothing else.
//
// Trees are generated once into -dir/trees (keyed by the options and the generator's
// source, templates included), binaries are built into -dir every run. -dir and -tflint default to .tools/bench
// and .tools/bin/tflint at the repository root.
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/drguard/tflint-ruleset-drguard/tools/bench/benchgen"
)

// variant is one way of running TFLint.
type variant struct {
	name string
	// plugin is the ruleset name ("" for none); its binary is tflint-ruleset-<plugin>.
	plugin string
	// pkg builds the plugin.
	pkg string
	// config is the absolute path of the variant's .tflint.hcl.
	config string
	// pluginDir holds the bare plugin; rssDir the launcher under the plugin's name.
	pluginDir, rssDir string
	// env is added to TFLint's environment (the plugin inherits it).
	env []string
}

// run is one timed TFLint run.
type run struct {
	wall, cpu, psCPU time.Duration
	treeMaxRSSKB     int64
	orphans          int
	issues           int
}

// record is one plugin process, as the launcher logs it.
type record struct {
	Dir      string  `json:"dir"`
	MaxRSSKB int64   `json:"maxrss_kb"`
	UserSec  float64 `json:"user_sec"`
	SysSec   float64 `json:"sys_sec"`
	WallSec  float64 `json:"wall_sec"`
	ExitCode int     `json:"exit_code"`
}

type sizeResult struct {
	size     benchgen.Size
	manifest *benchgen.Manifest
	dirs     int
	genTime  time.Duration
	cached   bool
	runs     map[string][]run
	records  map[string][]record
	// measuring is the untimed run with the launcher, per variant.
	measuring map[string]run
	check     findingCheck
	elapsed   time.Duration
	// loadBefore and loadAfter are /proc/loadavg's 1-minute figure: other work on the
	// machine skews the timings.
	loadBefore, loadAfter string
}

func loadavg() string {
	src, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(src))[0]
}

type findingCheck struct {
	planted, found, duplicates int
	missed                     []benchgen.Finding
	unexpected                 []issue
	unexpectedInModules        int
}

type issue struct {
	Rule    string
	File    string
	Line    int
	Message string
}

func main() {
	sizes := flag.String("sizes", "small medium", "sizes to run (small, medium, large), space or comma separated")
	rounds := flag.Int("rounds", 3, "timed rounds per size (each runs every variant once)")
	dir := flag.String("dir", "", "cache directory: trees, builds, configs (default .tools/bench at the repository root)")
	tflint := flag.String("tflint", "", "the TFLint binary (default .tools/bin/tflint at the repository root)")
	seed := flag.Uint64("seed", 1, "generator seed")
	gobench := flag.Bool("gobench", true, "also run the in-process Go benchmarks (inprocess_test.go)")
	benchtime := flag.String("benchtime", "3x", "go test -benchtime for the Go benchmarks")
	flag.Parse()
	if err := mainErr(strings.FieldsFunc(*sizes, func(r rune) bool { return r == ',' || r == ' ' }), *rounds, *dir, *tflint, *seed, *gobench, *benchtime); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func mainErr(sizeNames []string, rounds int, dir, tflint string, seed uint64, gobench bool, benchtime string) error {
	start := time.Now()
	if rounds < 1 {
		return errors.New("-rounds must be at least 1")
	}
	var sizes []benchgen.Size
	for _, name := range sizeNames {
		s, ok := benchgen.SizeNamed(name)
		if !ok {
			return fmt.Errorf("unknown size %q (small, medium, large)", name)
		}
		sizes = append(sizes, s)
	}
	bench, repo, err := modules()
	if err != nil {
		return err
	}
	if dir == "" {
		dir = filepath.Join(repo, ".tools", "bench")
	}
	if tflint == "" {
		tflint = filepath.Join(repo, ".tools", "bin", "tflint")
	}
	dir, _ = filepath.Abs(dir)
	tflint, _ = filepath.Abs(tflint)
	version, err := exec.Command(tflint, "--version").Output()
	if err != nil {
		return fmt.Errorf("%s --version: %w (make tools installs it)", tflint, err)
	}
	if err := subreaper(); err != nil {
		return fmt.Errorf("prctl(PR_SET_CHILD_SUBREAPER): %w", err)
	}

	variants, err := setup(bench, repo, dir)
	if err != nil {
		return err
	}
	fmt.Printf("==> %s, %d cores (GOMAXPROCS %d), %s/%s; %d timed rounds; seed %d\n",
		strings.SplitN(strings.TrimSpace(string(version)), "\n", 2)[0], runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.GOOS, runtime.GOARCH, rounds, seed)

	var results []*sizeResult
	failed := false
	for _, s := range sizes {
		res, err := benchSize(bench, dir, tflint, s, seed, rounds, variants)
		if err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
		results = append(results, res)
		printSize(res, variants)
		if res.check.found != res.check.planted || res.check.duplicates > 0 {
			failed = true
		}
	}
	printSummary(results)

	var inProcess float64
	if gobench {
		if inProcess, err = goBench(bench, benchtime); err != nil {
			return err
		}
	}
	printTargets(results, inProcess)
	fmt.Printf("\n==> make bench took %s\n", time.Since(start).Round(time.Second))
	if failed {
		return errors.New("drguard missed planted violations (see above)")
	}
	return nil
}

// benchModule is the module path of the benchmark tooling; mainModule that of drguard.
const (
	benchModule = "github.com/drguard/tflint-ruleset-drguard/tools/bench"
	mainModule  = "github.com/drguard/tflint-ruleset-drguard"
)

// modules returns the directories of the benchmark tooling's module (run from within it) and
// of drguard's, as the go command resolves them (drguard's through the replace directive:
// the repository root).
func modules() (bench, repo string, err error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Path}}\t{{.Dir}}", benchModule, mainModule).Output()
	if err != nil {
		return "", "", fmt.Errorf("run from tools/bench: go list -m: %w", err)
	}
	dirs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, dir, _ := strings.Cut(line, "\t")
		dirs[path] = dir
	}
	if dirs[benchModule] == "" || dirs[mainModule] == "" {
		return "", "", fmt.Errorf("run from tools/bench: go list -m found no directory for %s or %s", benchModule, mainModule)
	}
	return dirs[benchModule], dirs[mainModule], nil
}

// setup builds the plugins (drguard from repo, the others from bench) and the launcher, and
// writes the configs.
func setup(bench, repo, dir string) ([]*variant, error) {
	variants := []*variant{
		{name: "drguard", plugin: "drguard", pkg: "."},
		{name: "floor", plugin: "floor", pkg: "./floorplugin"},
		{name: "request", plugin: "floor", pkg: "./floorplugin"},
		{name: "minimal", plugin: "floor", pkg: "./floorplugin"},
		{name: "null", plugin: "null", pkg: "./nullplugin"},
		{name: "none"},
	}
	launcher := filepath.Join(dir, "bin", "launcher")
	if err := goBuild(bench, "./launcher", launcher); err != nil {
		return nil, err
	}
	for _, v := range variants {
		v.config = filepath.Join(dir, "configs", v.name+".tflint.hcl")
		if err := os.MkdirAll(filepath.Dir(v.config), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(v.config, []byte(configText(v)), 0o644); err != nil {
			return nil, err
		}
		if v.plugin == "" {
			continue
		}
		bin := "tflint-ruleset-" + v.plugin
		v.pluginDir = filepath.Join(dir, "plugins", v.name)
		v.rssDir = filepath.Join(dir, "plugins-rss", v.name)
		from := bench
		if v.name == "drguard" {
			from = repo
		}
		if err := goBuild(from, v.pkg, filepath.Join(v.pluginDir, bin)); err != nil {
			return nil, err
		}
		if err := copyFile(launcher, filepath.Join(v.rssDir, bin)); err != nil {
			return nil, err
		}
	}
	return variants, nil
}

func configText(v *variant) string {
	text := "# Written by make bench (tools/bench/cmd/bench).\nplugin \"terraform\" {\n  enabled = false\n}\n"
	switch v.plugin {
	case "drguard":
		text += "\nplugin \"drguard\" {\n  enabled = true\n\n  " + benchgen.PluginSettings + "}\n"
	case "null", "floor":
		text += "\nplugin \"" + v.plugin + "\" {\n  enabled = true\n}\n"
	}
	return text
}

func goBuild(dir, pkg, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w", pkg, err)
	}
	return nil
}

func copyFile(from, to string) error {
	src, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	_ = os.Remove(to)
	return os.WriteFile(to, src, 0o755)
}

// tree returns the generated tree of a size, generating it when the cache has none for the
// current options and generator source.
func tree(bench, dir string, s benchgen.Size, seed uint64) (string, *benchgen.Manifest, time.Duration, bool, error) {
	opts := benchgen.DefaultOptions(s, seed)
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%+v\n", benchgen.Version, opts)
	// The generator's source: its Go files and the templates and modules it embeds.
	srcDir := filepath.Join(bench, "benchgen")
	err := filepath.WalkDir(srcDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, "_test.go") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(srcDir, p)
		fmt.Fprintf(h, "%s\n%s\n", filepath.ToSlash(rel), src)
		return nil
	})
	if err != nil {
		return "", nil, 0, false, err
	}
	key := fmt.Sprintf("%s-seed%d-%s", s.Name, seed, hex.EncodeToString(h.Sum(nil))[:12])
	treesDir := filepath.Join(dir, "trees")
	path := filepath.Join(treesDir, key)
	if m, err := benchgen.ReadManifest(path); err == nil {
		return path, m, 0, true, nil
	}
	// Drop stale trees of this size, then generate into a temporary directory and rename, so
	// that an interrupted run leaves no half-written tree behind.
	if old, _ := filepath.Glob(filepath.Join(treesDir, s.Name+"-*")); len(old) > 0 {
		for _, o := range old {
			_ = os.RemoveAll(o)
		}
	}
	if err := os.MkdirAll(treesDir, 0o755); err != nil {
		return "", nil, 0, false, err
	}
	tmp, err := os.MkdirTemp(treesDir, ".tmp-"+s.Name+"-")
	if err != nil {
		return "", nil, 0, false, err
	}
	start := time.Now()
	m, err := benchgen.Generate(tmp, opts)
	if err != nil {
		_ = os.RemoveAll(tmp)
		return "", nil, 0, false, err
	}
	took := time.Since(start)
	if err := os.Rename(tmp, path); err != nil {
		return "", nil, 0, false, err
	}
	return path, m, took, false, nil
}

func benchSize(bench, dir, tflint string, s benchgen.Size, seed uint64, rounds int, variants []*variant) (*sizeResult, error) {
	start := time.Now()
	path, m, genTime, cached, err := tree(bench, dir, s, seed)
	if err != nil {
		return nil, err
	}
	res := &sizeResult{size: s, manifest: m, genTime: genTime, cached: cached, runs: map[string][]run{}, records: map[string][]record{}, measuring: map[string]run{}}
	_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			if p != path && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			res.dirs++
		}
		return nil
	})
	list, err := writeFloorFindings(dir, s.Name, m)
	if err != nil {
		return nil, err
	}
	for _, v := range variants {
		switch v.name {
		case "floor":
			v.env = []string{"BENCH_FLOOR_FINDINGS=" + list}
		case "minimal":
			v.env = []string{"BENCH_FLOOR_FINDINGS=" + list, "BENCH_FLOOR_REQUEST=minimal"}
		}
	}
	fmt.Printf("\n==> %s: %s (load average before: %s)\n", s.Name, path, loadavg())
	res.loadBefore = loadavg()

	// Untimed run per variant: warms the page cache, measures the plugin processes through
	// the launcher, and gives drguard's findings.
	for _, v := range variants {
		logPath := filepath.Join(dir, "rss-"+v.name+".jsonl")
		_ = os.Remove(logPath)
		pluginDir := v.rssDir
		env := []string{"BENCH_PLUGIN_LOG=" + logPath}
		if v.plugin != "" {
			env = append(env, "BENCH_PLUGIN_TARGET="+filepath.Join(v.pluginDir, "tflint-ruleset-"+v.plugin))
		}
		out, rn, err := runTFLint(tflint, path, v, pluginDir, env)
		if err != nil {
			return nil, fmt.Errorf("%s (measuring run): %w", v.name, err)
		}
		res.measuring[v.name] = rn
		if v.plugin != "" {
			recs, err := readRecords(logPath)
			if err != nil {
				return nil, fmt.Errorf("%s: reading the launcher's log: %w", v.name, err)
			}
			res.records[v.name] = recs
		}
		issues, err := parseIssues(out)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", v.name, err)
		}
		switch {
		case v.name == "drguard":
			res.check = check(m, issues)
		case v.name == "floor" || v.name == "minimal":
			if len(issues) != len(m.Expected) {
				return nil, fmt.Errorf("%s reported %d issues, want the %d planted", v.name, len(issues), len(m.Expected))
			}
		case len(issues) > 0:
			return nil, fmt.Errorf("%s reported %d issues, want none (first: %s %s:%d)", v.name, len(issues), issues[0].Rule, issues[0].File, issues[0].Line)
		}
		fmt.Printf("    measuring run %-8s done (%d issues)\n", v.name, len(issues))
	}

	for r := 0; r < rounds; r++ {
		for i := range variants {
			v := variants[(i+r)%len(variants)]
			out, rn, err := runTFLint(tflint, path, v, v.pluginDir, nil)
			if err != nil {
				return nil, fmt.Errorf("%s round %d: %w", v.name, r+1, err)
			}
			issues, err := parseIssues(out)
			if err != nil {
				return nil, fmt.Errorf("%s round %d: %w", v.name, r+1, err)
			}
			rn.issues = len(issues)
			res.runs[v.name] = append(res.runs[v.name], rn)
			fmt.Printf("    round %d %-8s wall %6.2fs  cpu %6.2fs\n", r+1, v.name, rn.wall.Seconds(), rn.cpu.Seconds())
		}
	}
	res.elapsed = time.Since(start)
	res.loadAfter = loadavg()
	return res, nil
}

// writeFloorFindings writes the planted findings for the floor plugin, one FILE:LINE per line
// (FILE relative to the tree's top), and returns the list's path.
func writeFloorFindings(dir, size string, m *benchgen.Manifest) (string, error) {
	var b strings.Builder
	for _, f := range m.Expected {
		fmt.Fprintf(&b, "%s:%d\n", f.File, f.Line)
	}
	path := filepath.Join(dir, "floor-"+size+".txt")
	return path, os.WriteFile(path, []byte(b.String()), 0o644)
}

// runTFLint runs TFLint --recursive from the tree's top and returns its stdout and usage.
func runTFLint(tflint, tree string, v *variant, pluginDir string, extraEnv []string) ([]byte, run, error) {
	var rn run
	cmd := exec.Command(tflint, "--recursive", "--config", v.config, "--force", "--format", "json")
	cmd.Dir = tree
	env := []string{"TFLINT_DISABLE_VERSION_CHECK=1"}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TFLINT_") && !strings.HasPrefix(kv, "BENCH_") {
			env = append(env, kv)
		}
	}
	if pluginDir != "" {
		env = append(env, "TFLINT_PLUGIN_DIR="+pluginDir)
	} else {
		// No plugin: an empty plugin directory, so that nothing installed elsewhere is found.
		empty := filepath.Join(filepath.Dir(filepath.Dir(v.config)), "plugins", "empty")
		_ = os.MkdirAll(empty, 0o755)
		env = append(env, "TFLINT_PLUGIN_DIR="+empty)
	}
	cmd.Env = append(append(env, v.env...), extraEnv...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	before, err := childrenUsage()
	if err != nil {
		return nil, rn, err
	}
	start := time.Now()
	err = cmd.Run()
	rn.wall = time.Since(start)
	rn.orphans = reapOrphans()
	after, uerr := childrenUsage()
	if uerr != nil {
		return nil, rn, uerr
	}
	if err != nil {
		return nil, rn, fmt.Errorf("tflint: %w\nstderr: %s\nstdout: %.2000s", err, stderr.String(), stdout.String())
	}
	rn.cpu = after.cpu - before.cpu
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rn.psCPU = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
		rn.treeMaxRSSKB = ru.Maxrss
	}
	return stdout.Bytes(), rn, nil
}

type usage struct{ cpu time.Duration }

func childrenUsage() (usage, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru); err != nil {
		return usage{}, err
	}
	return usage{cpu: time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))}, nil
}

const prSetChildSubreaper = 36

func subreaper() error {
	if _, _, errno := syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0); errno != 0 {
		return errno
	}
	return nil
}

// reapOrphans waits for descendants re-parented to this process (none normally), after
// giving them a moment to exit, and returns how many there were.
func reapOrphans() int {
	n := 0
	deadline := time.Now().Add(3 * time.Second)
	for {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		switch {
		case pid > 0:
			n++
			continue
		case err == syscall.ECHILD:
			return n
		case time.Now().After(deadline):
			return n
		}
		// Children exist but none has exited yet: an orphan still running.
		time.Sleep(10 * time.Millisecond)
	}
}

func readRecords(path string) ([]record, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []record
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, sc.Err()
}

// parseIssues reads TFLint's JSON output; errors in it are an error.
func parseIssues(out []byte) ([]issue, error) {
	var doc struct {
		Issues []struct {
			Rule struct {
				Name string `json:"name"`
			} `json:"rule"`
			Message string `json:"message"`
			Range   struct {
				Filename string `json:"filename"`
				Start    struct {
					Line int `json:"line"`
				} `json:"start"`
			} `json:"range"`
		} `json:"issues"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("TFLint's JSON output: %w: %.500s", err, out)
	}
	if len(doc.Errors) > 0 {
		return nil, fmt.Errorf("TFLint reported %d errors; first: %s", len(doc.Errors), doc.Errors[0].Message)
	}
	var out2 []issue
	for _, i := range doc.Issues {
		out2 = append(out2, issue{Rule: i.Rule.Name, File: filepath.ToSlash(i.Range.Filename), Line: i.Range.Start.Line, Message: i.Message})
	}
	return out2, nil
}

// check compares drguard's issues with the manifest.
func check(m *benchgen.Manifest, issues []issue) findingCheck {
	c := findingCheck{planted: len(m.Expected)}
	seen := map[string]int{}
	for _, is := range issues {
		seen[fmt.Sprintf("%s %s:%d", is.Rule, is.File, is.Line)]++
	}
	expected := map[string]bool{}
	for _, e := range m.Expected {
		expected[e.Key()] = true
		switch n := seen[e.Key()]; {
		case n == 0:
			c.missed = append(c.missed, e)
		default:
			c.found++
			c.duplicates += n - 1
		}
	}
	modules := map[string]bool{}
	for _, d := range m.ModuleDirs {
		modules[d] = true
	}
	for _, is := range issues {
		if expected[fmt.Sprintf("%s %s:%d", is.Rule, is.File, is.Line)] {
			continue
		}
		c.unexpected = append(c.unexpected, is)
		if modules[filepath.ToSlash(filepath.Dir(is.File))] {
			c.unexpectedInModules++
		}
	}
	return c
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration{}, ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func medians(runs []run) (wall, cpu, psCPU time.Duration) {
	var w, c, p []time.Duration
	for _, r := range runs {
		w, c, p = append(w, r.wall), append(c, r.cpu), append(p, r.psCPU)
	}
	return median(w), median(c), median(p)
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2fs", d.Seconds()) }

func mb(kb int64) string { return fmt.Sprintf("%.1f MB", float64(kb)/1024) }

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// pluginStats summarises the launcher's records: processes, peak RSS max and median, CPU sum.
func pluginStats(recs []record) (n int, maxKB, medKB int64, cpu float64, biggest string) {
	if len(recs) == 0 {
		return 0, 0, 0, 0, ""
	}
	kbs := make([]int64, len(recs))
	for i, r := range recs {
		kbs[i] = r.MaxRSSKB
		cpu += r.UserSec + r.SysSec
		if r.MaxRSSKB > maxKB {
			maxKB, biggest = r.MaxRSSKB, filepath.Base(r.Dir)
		}
	}
	sort.Slice(kbs, func(i, j int) bool { return kbs[i] < kbs[j] })
	return len(recs), maxKB, kbs[len(kbs)/2], cpu, biggest
}

func printSize(res *sizeResult, variants []*variant) {
	m := res.manifest
	gen := "cached"
	if !res.cached {
		gen = "generated in " + res.genTime.Round(time.Millisecond).String()
	}
	fmt.Printf("\n%s: %d roots × %d resources (%d managed resource blocks in root modules), %d directories, %d .tf files, %.1f MB; tree %s\n",
		res.size.Name, len(m.Roots), m.Options.Resources, m.ManagedResources, res.dirs, m.Files, float64(m.Bytes)/1e6, gen)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "variant\twall (median)\twall runs\tCPU (median)\tCPU runs\twait4 CPU (median)\torphans\ttree peak RSS\tplugin procs\tplugin peak RSS max (dir)\tmedian\tplugin CPU (share)")
	for _, v := range variants {
		runs := res.runs[v.name]
		w, c, p := medians(runs)
		var wr, cr []string
		orphans := 0
		for _, r := range runs {
			wr = append(wr, fmt.Sprintf("%.2f", r.wall.Seconds()))
			cr = append(cr, fmt.Sprintf("%.2f", r.cpu.Seconds()))
			orphans += r.orphans
		}
		var treeKB int64
		for _, r := range runs {
			treeKB = max(treeKB, r.treeMaxRSSKB)
		}
		n, maxKB, medKB, pcpu, biggest := pluginStats(res.records[v.name])
		rss, med, pc := "-", "-", "-"
		if n > 0 {
			rss, med = fmt.Sprintf("%s (%s)", mb(maxKB), biggest), mb(medKB)
			pc = fmt.Sprintf("%.2fs (%.0f%% of %.2fs)", pcpu, 100*pcpu/res.measuring[v.name].cpu.Seconds(), res.measuring[v.name].cpu.Seconds())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\t%s\t%s\n", v.name, secs(w), strings.Join(wr, " "), secs(c), strings.Join(cr, " "), secs(p), orphans, mb(treeKB), n, rss, med, pc)
	}
	tw.Flush()
	dw, dc, _ := medians(res.runs["drguard"])
	fw, fc, _ := medians(res.runs["floor"])
	rw, rc, _ := medians(res.runs["request"])
	mw, mc, _ := medians(res.runs["minimal"])
	nw, nc, _ := medians(res.runs["null"])
	ow, oc, _ := medians(res.runs["none"])
	fmt.Printf("ratios (medians, wall/CPU): drguard/null %.2f/%.2f (target ≤ 1.10 on large); floor/null %.2f/%.2f; request/null %.2f/%.2f; minimal/null %.2f/%.2f; drguard/floor %.2f/%.2f; null/none %.2f/%.2f\n",
		ratio(dw, nw), ratio(dc, nc), ratio(fw, nw), ratio(fc, nc), ratio(rw, nw), ratio(rc, nc), ratio(mw, nw), ratio(mc, nc), ratio(dw, fw), ratio(dc, fc), ratio(nw, ow), ratio(nc, oc))
	c := res.check
	fmt.Printf("findings: planted %d, found %d, missed %d, duplicated %d, unexpected %d (%d of them in child-module directories, which --recursive lints as root modules)\n",
		c.planted, c.found, len(c.missed), c.duplicates, len(c.unexpected), c.unexpectedInModules)
	for i, e := range c.missed {
		if i == 10 {
			fmt.Printf("  ... and %d more missed\n", len(c.missed)-10)
			break
		}
		fmt.Printf("  missed: %s %s:%d (%s)\n", e.Rule, e.File, e.Line, e.Form)
	}
	for i, is := range c.unexpected {
		if i == 10 {
			fmt.Printf("  ... and %d more unexpected\n", len(c.unexpected)-10)
			break
		}
		fmt.Printf("  unexpected: %s %s:%d: %.160s\n", is.Rule, is.File, is.Line, is.Message)
	}
	fmt.Printf("%s took %s (load average %s before, %s after, on %d cores)\n", res.size.Name, res.elapsed.Round(time.Second), res.loadBefore, res.loadAfter, runtime.NumCPU())
}

func printSummary(results []*sizeResult) {
	fmt.Printf("\n==> summary (%d cores)\n", runtime.NumCPU())
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "size\twall: drguard\tfloor\trequest\tminimal\tnull\tnone\tCPU: drguard\tfloor\trequest\tminimal\tnull\tnone\tdrguard/null (wall, CPU)\tfloor/null\trequest/null\tminimal/null\tdrguard/floor\tnull/none\tdrguard plugin peak RSS\tplanted found\tunexpected\ttime")
	for _, res := range results {
		dw, dc, _ := medians(res.runs["drguard"])
		fw, fc, _ := medians(res.runs["floor"])
		rw, rc, _ := medians(res.runs["request"])
		mw, mc, _ := medians(res.runs["minimal"])
		nw, nc, _ := medians(res.runs["null"])
		ow, oc, _ := medians(res.runs["none"])
		_, maxKB, _, _, _ := pluginStats(res.records["drguard"])
		pair := func(a, b, c, d time.Duration) string { return fmt.Sprintf("%.2f, %.2f", ratio(a, b), ratio(c, d)) }
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%d\t%s\n", res.size.Name,
			secs(dw), secs(fw), secs(rw), secs(mw), secs(nw), secs(ow), secs(dc), secs(fc), secs(rc), secs(mc), secs(nc), secs(oc),
			pair(dw, nw, dc, nc), pair(fw, nw, fc, nc), pair(rw, nw, rc, nc), pair(mw, nw, mc, nc), pair(dw, fw, dc, fc), pair(nw, ow, nc, oc), mb(maxKB),
			res.check.found, res.check.planted, len(res.check.unexpected), res.elapsed.Round(time.Second))
	}
	tw.Flush()
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

// printTargets checks the issue's targets: on the large tree, drguard within 10% of the
// do-nothing plugin (CPU and wall) and its plugin processes under 150 MB; in process, the
// analysis of the medium tree within twice the hclparse floor; on every tree, every planted
// violation found and nothing else.
func printTargets(results []*sizeResult, inProcess float64) {
	fmt.Printf("\n==> targets\n")
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "NOT MET"
	}
	ranLarge := false
	for _, res := range results {
		dw, dc, _ := medians(res.runs["drguard"])
		nw, nc, _ := medians(res.runs["null"])
		_, maxKB, _, _, _ := pluginStats(res.records["drguard"])
		if res.size.Name == "large" {
			ranLarge = true
			fmt.Printf("large: drguard/null CPU %.2f, wall %.2f (≤ 1.10): %s\n", ratio(dc, nc), ratio(dw, nw), verdict(ratio(dc, nc) <= 1.10 && ratio(dw, nw) <= 1.10))
			fw, fc, _ := medians(res.runs["floor"])
			rw, rc, _ := medians(res.runs["request"])
			mw, mc, _ := medians(res.runs["minimal"])
			fmt.Printf("large: floor/null CPU %.2f, wall %.2f (request/null CPU %.2f, wall %.2f): TFLint's price for drguard's one request and for reporting the findings, before any analysis; drguard/floor CPU %.2f, wall %.2f\n",
				ratio(fc, nc), ratio(fw, nw), ratio(rc, nc), ratio(rw, nw), ratio(dc, fc), ratio(dw, fw))
			fmt.Printf("large: minimal/null CPU %.2f, wall %.2f: the least any rule could request, plus reporting the same findings\n", ratio(mc, nc), ratio(mw, nw))
			fmt.Printf("large: drguard plugin process peak RSS %s (≤ 150 MB): %s\n", mb(maxKB), verdict(maxKB <= 150*1024))
		}
		c := res.check
		fmt.Printf("%s: planted found %d/%d, duplicated %d, other findings %d (0): %s\n", res.size.Name, c.found, c.planted, c.duplicates, len(c.unexpected),
			verdict(c.found == c.planted && c.duplicates == 0 && len(c.unexpected) == 0))
	}
	if !ranLarge {
		fmt.Println("large: not run (make bench SIZES=\"small medium large\")")
	}
	if inProcess > 0 {
		fmt.Printf("medium in process: analysis / hclparse floor %.2f (≤ 2): %s\n", inProcess, verdict(inProcess <= 2))
	}
}

// goBench runs the in-process benchmarks (inprocess_test.go), prints the ratios to the parse
// floor and returns the analysis one.
func goBench(bench, benchtime string) (float64, error) {
	args := []string{"test", "-run", "^$", "-bench", ".", "-benchmem", "-count", "1"}
	if benchtime != "" {
		args = append(args, "-benchtime", benchtime)
	}
	args = append(args, ".")
	fmt.Printf("\n==> go %s\n", strings.Join(args, " "))
	cmd := exec.Command("go", args...)
	cmd.Dir = bench
	var buf bytes.Buffer
	cmd.Stdout = io.MultiWriter(os.Stdout, &buf)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("go test -bench: %w", err)
	}
	ns := map[string]float64{}
	for _, line := range strings.Split(buf.String(), "\n") {
		if m := benchLine.FindStringSubmatch(line); m != nil {
			v, _ := strconv.ParseFloat(m[2], 64)
			ns[m[1]] = v
		}
	}
	parse := ns["BenchmarkMedium/parse"]
	if parse == 0 {
		return 0, nil
	}
	for _, name := range []string{"BenchmarkMedium/analysis"} {
		if ns[name] > 0 {
			fmt.Printf("%s / BenchmarkMedium/parse = %.2f\n", name, ns[name]/parse)
		}
	}
	return ns["BenchmarkMedium/analysis"] / parse, nil
}
