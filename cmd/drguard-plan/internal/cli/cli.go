// Package cli is drguard-plan's command line: flags, input, settings, output, exit status.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/gate"
	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/locate"
	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/settings"
	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/drguard/tflint-ruleset-drguard/project"
)

// Exit statuses.
const (
	ExitClean    = 0
	ExitError    = 1
	ExitFindings = 2
)

const usage = `Usage: drguard-plan [flags] [PLAN_JSON]

drguard's post-plan gate. It reads the JSON of a saved Terraform (>= 1.2) or OpenTofu plan
from PLAN_JSON, or from standard input when PLAN_JSON is "-" or absent, and fails when the
plan would create, update, replace, delete or import a managed resource bound to a primary
provider configuration (a primary alias, or a primary region) or placed in a primary region.
Data sources never count. Only findings are listed, each with the .tf file and line of its
resource block (or import block) when the configuration is found in --chdir.

  terraform plan -out tfplan && terraform show -json tfplan > plan.json && drguard-plan plan.json
  drguard-plan --chdir envs/dr --format sarif envs/dr/plan.json   # from the repository root

Flags:
  --chdir DIR
        the Terraform configuration directory the plan was made in (default the current
        directory): findings point at its .tf files and those of its modules (local
        sources, and installed ones through .terraform/modules/modules.json or
        TF_DATA_DIR); paths are shown relative to the current directory. It is also where
        .tflint.hcl is looked for
  --config PATH
        TFLint configuration to read settings from: primary_aliases and primary_regions
        of its plugin "drguard" block, allowed_resource_types of its
        rule "drguard_primary_provider_resource" block (default .tflint.hcl in --chdir;
        when that file is missing the defaults apply; a file named here must exist)
  --primary-alias NAME
        provider alias that names the primary region; replaces primary_aliases
        (default ["primary"]); repeatable or comma-separated
  --primary-region REGION
        primary region; replaces primary_regions (default: the regions of the root
        module's provider configurations with a primary alias); repeatable or
        comma-separated
  --allowed-resource-type PATTERN
        resource type glob exempt from the gate (e.g. aws_cloudfront_*); replaces
        allowed_resource_types; repeatable or comma-separated
  --format text|json|sarif
        output format (default text)
  --max-size SIZE
        the largest plan JSON read, in bytes or with a unit: KiB, MiB, GiB (default
        512MiB); a larger input is an error
  --version
        print the version and exit
  -h, --help
        print this help and exit

Exit status: 0 no findings, 2 findings, 1 error (unreadable, invalid or unsupported plan
JSON, a plan without its configuration, input that is not a regular file or standard
input or is over --max-size, a bad configuration file or flag).
Documentation: ` + "%s\n"

// listFlag is a repeatable, comma-separated flag; set tells whether it was given.
type listFlag struct {
	values []string
	set    bool
}

func (l *listFlag) String() string { return strings.Join(l.values, ",") }

func (l *listFlag) Set(v string) error {
	l.set = true
	for _, part := range strings.Split(v, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			return errors.New("needs a non-empty value")
		}
		l.values = append(l.values, part)
	}
	return nil
}

// DefaultMaxSize is the default --max-size: many times the plan JSON of a configuration of
// thousands of resources (tens of MiB), and small enough to be read and decoded in memory on
// any CI runner.
const DefaultMaxSize = 512 << 20

// byteSize is a size flag: bytes, or a number with a binary unit (64MiB, 1GiB).
type byteSize int64

// sizeUnits are the units --max-size accepts, longest suffix first.
var sizeUnits = []struct {
	suffix string
	factor int64
}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"B", 1}}

func (b *byteSize) String() string {
	n := int64(*b)
	for _, u := range []struct {
		suffix string
		factor int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.factor && n%u.factor == 0 {
			return fmt.Sprintf("%d %s", n/u.factor, u.suffix)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

func (b *byteSize) Set(v string) error {
	num, factor := strings.TrimSpace(v), int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(strings.ToLower(num), strings.ToLower(u.suffix)); ok {
			num, factor = strings.TrimSpace(num[:len(rest)]), u.factor
			break
		}
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/factor {
		return errors.New("needs a positive size in bytes, or with a unit: KiB, MiB, GiB (e.g. 1GiB)")
	}
	*b = byteSize(n * factor)
	return nil
}

type options struct {
	chdir         string
	chdirGiven    bool
	config        string
	configGiven   bool
	aliases       listFlag
	regions       listFlag
	allowed       listFlag
	format        string
	maxSize       byteSize
	version, help bool
	input         string
}

// newFlagSet defines every flag; Usage documents each one.
func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("drguard-plan", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&o.chdir, "chdir", ".", "")
	fs.StringVar(&o.config, "config", settings.DefaultPath, "")
	fs.Var(&o.aliases, "primary-alias", "")
	fs.Var(&o.regions, "primary-region", "")
	fs.Var(&o.allowed, "allowed-resource-type", "")
	fs.StringVar(&o.format, "format", "text", "")
	o.maxSize = DefaultMaxSize
	fs.Var(&o.maxSize, "max-size", "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.help, "h", false, "")
	return fs
}

func parseArgs(args []string) (*options, error) {
	o := &options{}
	fs := newFlagSet(o)
	// Flags may come before or after the plan file.
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, fmt.Errorf("%s (see drguard-plan --help)", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			positional = append(positional, rest...)
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "config":
			o.configGiven = true
		case "chdir":
			o.chdirGiven = true
		}
	})
	if !o.configGiven {
		o.config = filepath.Join(o.chdir, settings.DefaultPath)
	}
	if len(positional) > 1 {
		return nil, fmt.Errorf("one plan file at most, got %d: %s (see drguard-plan --help)", len(positional), strings.Join(positional, " "))
	}
	if len(positional) == 1 {
		o.input = positional[0]
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		return nil, fmt.Errorf("--format %q: use text, json or sarif", o.format)
	}
	for _, p := range o.allowed.values {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("--allowed-resource-type %q is not a valid glob pattern; use names with * wildcards, e.g. aws_cloudfront_*", p)
		}
	}
	return o, nil
}

// Usage is the --help text.
func Usage() string {
	return fmt.Sprintf(usage, gate.DocLink())
}

// IssuesURL is where an internal error is to be reported.
const IssuesURL = "https://github.com/drguard/tflint-ruleset-drguard/issues"

// Run runs drguard-plan and returns its exit status. A panic is an internal error, exit 1:
// exit 2 means findings, and a crash must never read as one.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "drguard-plan: internal error: %s; please report it at %s\n", oneLine(fmt.Sprint(r)), IssuesURL)
			code = ExitError
		}
	}()
	return execute(args, stdin, stdout, stderr)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "drguard-plan: %s\n", oneLine(err.Error()))
		return ExitError
	}
	o, err := parseArgs(args)
	if err != nil {
		return fail(err)
	}
	if o.help {
		fmt.Fprint(stdout, Usage())
		return ExitClean
	}
	if o.version {
		fmt.Fprintf(stdout, "drguard-plan %s\n", project.Version)
		return ExitClean
	}

	if o.chdirGiven {
		if info, err := os.Stat(o.chdir); err != nil || !info.IsDir() {
			return fail(fmt.Errorf("--chdir %s is not a directory; name the Terraform configuration directory the plan was made in", o.chdir))
		}
	}
	s, err := loadSettings(o)
	if err != nil {
		return fail(err)
	}

	data, name, err := readInput(o.input, stdin, o.maxSize)
	if err != nil {
		return fail(err)
	}
	plan, err := gate.ParsePlan(data)
	data = nil // the plan holds what it needs: let the input go before the check
	if err != nil {
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	res, err := gate.Check(plan, s)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	locate.New(o.chdir, plan.Configuration.RootModule).Locate(res.Findings)

	switch o.format {
	case "json":
		err = gate.WriteJSON(stdout, res)
	case "sarif":
		artifact := ""
		if o.input != "" && o.input != "-" {
			artifact = filepath.ToSlash(o.input)
		}
		err = gate.WriteSARIF(stdout, res, artifact)
	default:
		err = gate.WriteText(stdout, res)
	}
	if err != nil {
		return fail(fmt.Errorf("writing the output: %w", err))
	}
	if len(res.Findings) > 0 {
		return ExitFindings
	}
	return ExitClean
}

// loadSettings reads the configuration file and lets the flags override it. The plugin
// resolves backend_config_file against the linted directory: here, --chdir.
func loadSettings(o *options) (gate.Settings, error) {
	loaded, err := settings.Load(o.config, o.configGiven, o.chdir)
	if err != nil {
		return gate.Settings{}, err
	}
	s := gate.Settings{
		PrimaryAliases:       loaded.Settings.PrimaryAliases,
		PrimaryRegions:       loaded.Settings.PrimaryRegions,
		AllowedResourceTypes: loaded.AllowedResourceTypes,
	}
	if o.aliases.set {
		s.PrimaryAliases = o.aliases.values
	}
	if o.regions.set {
		s.PrimaryRegions = o.regions.values
	}
	if o.allowed.set {
		s.AllowedResourceTypes = o.allowed.values
	}
	return s, nil
}

// readInput reads the plan file, or standard input for "" and "-", up to limit bytes. A
// plan file must be a regular file: a directory, a named pipe or a device such as /dev/zero
// is an error, as is an input over the limit, so that nothing can make drguard-plan hang or
// exhaust memory. It refuses to wait on an interactive terminal.
func readInput(file string, stdin io.Reader, limit byteSize) ([]byte, string, error) {
	if file != "" && file != "-" {
		data, err := loader.ReadFile(file, int64(limit))
		var fe *loader.FileError
		switch {
		case err == nil:
			return data, file, nil
		case !errors.As(err, &fe):
			return nil, file, err
		// The loader's words for a file over the limit (TestExitCodes holds them).
		case strings.HasPrefix(fe.Reason, "is larger than"):
			return nil, file, fmt.Errorf("%s is larger than %s; raise the cap with --max-size", file, &limit)
		case strings.HasSuffix(fe.Reason, "not a regular file"):
			return nil, file, fmt.Errorf("%s; give a plan file, or pipe the plan into standard input", err)
		}
		return nil, file, err
	}
	const name = "standard input"
	if f, ok := stdin.(*os.File); ok {
		if fi, err := f.Stat(); err == nil {
			switch {
			case fi.IsDir():
				return nil, name, errors.New("standard input is a directory, not a plan; name a plan JSON file, or pipe `terraform show -json tfplan` into drguard-plan")
			case fi.Mode()&os.ModeCharDevice != 0:
				return nil, name, errors.New("no plan given: standard input is a terminal or another device; name a plan JSON file, or pipe `terraform show -json tfplan` into drguard-plan (see drguard-plan --help)")
			}
		}
	}
	data, err := io.ReadAll(io.LimitReader(stdin, int64(limit)+1))
	if err != nil {
		return nil, name, fmt.Errorf("standard input cannot be read (%s)", err)
	}
	if int64(len(data)) > int64(limit) {
		return nil, name, fmt.Errorf("standard input is larger than %s; raise the cap with --max-size", &limit)
	}
	return data, name, nil
}
