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
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/gate"
	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/settings"
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
Data sources never count. Only findings are listed.

  terraform plan -out tfplan && terraform show -json tfplan > plan.json && drguard-plan plan.json

Flags:
  --config PATH
        TFLint configuration to read settings from: primary_aliases and primary_regions
        of its plugin "drguard" block, allowed_resource_types of its
        rule "drguard_primary_provider_resource" block (default ./.tflint.hcl; when
        that file is missing the defaults apply; a file named here must exist)
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
  --version
        print the version and exit
  -h, --help
        print this help and exit

Exit status: 0 no findings, 2 findings, 1 error (unreadable, invalid or unsupported plan
JSON, a bad configuration file or flag).
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

type options struct {
	config        string
	configGiven   bool
	aliases       listFlag
	regions       listFlag
	allowed       listFlag
	format        string
	version, help bool
	input         string
}

// newFlagSet defines every flag; Usage documents each one.
func newFlagSet(o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("drguard-plan", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&o.config, "config", settings.DefaultPath, "")
	fs.Var(&o.aliases, "primary-alias", "")
	fs.Var(&o.regions, "primary-region", "")
	fs.Var(&o.allowed, "allowed-resource-type", "")
	fs.StringVar(&o.format, "format", "text", "")
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
		if f.Name == "config" {
			o.configGiven = true
		}
	})
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

// Run runs drguard-plan and returns its exit status.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "drguard-plan: %s\n", strings.Join(strings.Fields(err.Error()), " "))
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

	s, err := loadSettings(o)
	if err != nil {
		return fail(err)
	}

	in, name, closeIn, err := openInput(o.input, stdin)
	if err != nil {
		return fail(err)
	}
	plan, err := gate.ParsePlan(in)
	closeIn()
	if err != nil {
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	res, err := gate.Check(plan, s)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", name, err))
	}

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

// loadSettings reads the configuration file and lets the flags override it.
func loadSettings(o *options) (gate.Settings, error) {
	wd, err := os.Getwd()
	if err != nil {
		return gate.Settings{}, err
	}
	loaded, err := settings.Load(o.config, o.configGiven, wd)
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

// openInput opens the plan file, or standard input for "" and "-". It refuses to wait on
// an interactive terminal.
func openInput(file string, stdin io.Reader) (io.Reader, string, func(), error) {
	if file == "" || file == "-" {
		if f, ok := stdin.(*os.File); ok {
			if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
				return nil, "", nil, errors.New("no plan given: name a plan JSON file, or pipe `terraform show -json tfplan` into drguard-plan (see drguard-plan --help)")
			}
		}
		return stdin, "standard input", func() {}, nil
	}
	f, err := os.Open(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, "", nil, fmt.Errorf("%s: no such file", file)
		}
		return nil, "", nil, fmt.Errorf("%s: %w", file, err)
	}
	return f, file, func() { f.Close() }, nil
}
