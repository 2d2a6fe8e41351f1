// Command benchgen writes a synthetic DR monorepo for drguard's benchmarks:
//
//	go run ./cmd/benchgen -size medium -out DIR   (from tools/bench)
//
// DIR must be empty or absent. The tree's manifest.json lists the planted violations (rule,
// file, line) that drguard must report, and the plugin settings they assume.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/drguard/tflint-ruleset-drguard/tools/bench/benchgen"
)

func main() {
	size := flag.String("size", "medium", "tree size: small (1 × 50), medium (20 × 200) or large (100 × 500)")
	out := flag.String("out", "", "directory to write the tree into (must be empty or absent)")
	seed := flag.Uint64("seed", 1, "random seed (the same seed gives the same tree)")
	roots := flag.Int("roots", 0, "number of root modules (overrides -size)")
	resources := flag.Int("resources", 0, "managed resources per root module (overrides -size)")
	resViolations := flag.Float64("resource-violations", -1, "fraction of managed resources violating each per-resource rule (default 0.01)")
	rootViolations := flag.Float64("root-violations", -1, "violations of each per-configuration rule, as a fraction of the roots (default 0.1)")
	perFile := flag.Int("resources-per-file", 0, "resource blocks per .tf file (default 40)")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "benchgen: -out DIR is required")
		os.Exit(2)
	}
	s, ok := benchgen.SizeNamed(*size)
	if !ok {
		fmt.Fprintf(os.Stderr, "benchgen: unknown size %q (small, medium, large)\n", *size)
		os.Exit(2)
	}
	opts := benchgen.DefaultOptions(s, *seed)
	if *roots > 0 {
		opts.Roots = *roots
	}
	if *resources > 0 {
		opts.Resources = *resources
	}
	if *resViolations >= 0 {
		opts.ResourceViolations = *resViolations
	}
	if *rootViolations >= 0 {
		opts.RootViolations = *rootViolations
	}
	if *perFile > 0 {
		opts.ResourcesPerFile = *perFile
	}
	m, err := benchgen.Generate(*out, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d roots, %d managed resources in root modules, %d files, %.1f MB, %d planted violations\n",
		*out, len(m.Roots), m.ManagedResources, m.Files, float64(m.Bytes)/1e6, len(m.Expected))
}
