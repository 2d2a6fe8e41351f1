// Command drguard-plan is drguard's post-plan gate: it reads `terraform show -json` output
// of a saved plan and fails (exit 2) when the plan would write to the primary region. See
// docs/drguard-plan.md.
package main

import (
	"os"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
