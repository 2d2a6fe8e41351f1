package model

import (
	"fmt"
	"sync"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// Runner is TFLint's runner plus the model of its module, built on first use, once, however
// many rules ask for it concurrently.
type Runner struct {
	tflint.Runner
	settings *config.Settings

	once  sync.Once
	model *Model
	err   error
}

// NewRunner wraps a TFLint runner.
func NewRunner(runner tflint.Runner, settings *config.Settings) *Runner {
	return &Runner{Runner: runner, settings: settings}
}

// Load returns the model of the root module, or nil for a child-module runner: drguard
// analyses the whole tree from the root, and TFLint would drop most issues emitted in a child
// run anyway.
func Load(runner tflint.Runner) (*Model, error) {
	r, ok := runner.(*Runner)
	if !ok {
		return nil, fmt.Errorf("drguard: runner %T was not made by the drguard ruleset", runner)
	}
	r.once.Do(func() {
		path, err := r.GetModulePath()
		if err != nil {
			r.err = err
			return
		}
		if !path.IsRoot() {
			return
		}
		r.model, r.err = buildModel(r.Runner, r.settings)
	})
	return r.model, r.err
}
