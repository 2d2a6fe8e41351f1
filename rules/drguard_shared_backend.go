package rules

import (
	"fmt"

	"github.com/drguard/tflint-ruleset-drguard/model"
	"github.com/drguard/tflint-ruleset-drguard/project"
	"github.com/drguard/tflint-ruleset-drguard/state"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
)

// SharedBackendRule flags a DR state backend that shares the primary's state storage, state,
// region or lock table.
type SharedBackendRule struct {
	tflint.DefaultRule
}

// NewSharedBackendRule returns the rule.
func NewSharedBackendRule() *SharedBackendRule {
	return &SharedBackendRule{}
}

// Name returns the rule name.
func (r *SharedBackendRule) Name() string { return "drguard_shared_backend" }

// Enabled returns whether the rule is enabled by default.
func (r *SharedBackendRule) Enabled() bool { return true }

// Severity returns the rule severity.
func (r *SharedBackendRule) Severity() tflint.Severity { return tflint.ERROR }

// Link returns the rule's documentation page.
func (r *SharedBackendRule) Link() string { return project.ReferenceLink(r.Name()) }

// Check compares this configuration's backend with every primary state location.
func (r *SharedBackendRule) Check(runner tflint.Runner) error {
	m, err := model.Load(runner)
	if m == nil || err != nil || m.Backend == nil {
		return err
	}
	b := m.Backend
	own := b.Location
	storageAttr, storage := own.Storage()
	primaries := m.PrimaryLocations()
	var worst *model.PrimaryLocation
	match := state.Unrelated
	for i, p := range primaries {
		if c := p.Location.Covers(own); c > match {
			worst, match = &primaries[i], c
		}
	}
	switch match {
	case state.SameState:
		msg := fmt.Sprintf("The %s backend is the primary's own state (%s): a DR apply would overwrite it. Give the DR configuration its own state storage in a DR region.", b.Type, worst.Source)
		if err := runner.EmitIssue(r, msg, b.Range(storageAttr)); err != nil {
			return err
		}
	case state.SameStorage:
		msg := fmt.Sprintf("The %s backend keeps DR state in the primary's state storage %q (%s): a primary outage or a mistaken apply would take DR's state with it. Keep DR state in its own storage in a DR region.", b.Type, storage, worst.Source)
		if err := runner.EmitIssue(r, msg, b.Range(storageAttr)); err != nil {
			return err
		}
	}
	if region := own.Region(); region != "" && m.PrimaryRegions.Has(region) {
		msg := fmt.Sprintf("The %s backend keeps DR state in %s (the primary region): a primary outage would lock DR out of its own state. Move the state storage to a DR region.", b.Type, region)
		if err := runner.EmitIssue(r, msg, b.Range("region")); err != nil {
			return err
		}
	}
	if table := own.LockTable(); table != "" {
		for _, p := range primaries {
			if state.SameName(p.Location.LockTable(), table) {
				msg := fmt.Sprintf("The %s backend locks with the primary's lock table %q (%s): DR and primary runs would block each other, and a primary outage would block DR. Use a lock table of DR's own.", b.Type, table, p.Source)
				if err := runner.EmitIssue(r, msg, b.Range("dynamodb_table")); err != nil {
					return err
				}
				break
			}
		}
	}
	return nil
}
