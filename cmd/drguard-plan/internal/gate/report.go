package gate

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/project"
)

// RuleID identifies the gate's one check in SARIF output.
const RuleID = "drguard_plan_primary_write"

// DocLink is the gate's documentation page, pinned to this release.
func DocLink() string {
	return fmt.Sprintf("https://github.com/drguard/tflint-ruleset-drguard/blob/v%s/docs/drguard-plan.md", project.Version)
}

// Message is a finding in one line: the address, the action, the provider configuration
// and region, and why, e.g.
//
//	aws_s3_bucket.logs: create; provider aws.primary (us-east-1); region us-east-1; why: alias "primary" is a primary alias, ...
func (f Finding) Message() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s; provider ", f.Address, f.Action)
	switch {
	case f.ProviderConfig == "":
		b.WriteString("unknown (no longer in the configuration)")
	case f.ProviderRegion == "":
		fmt.Fprintf(&b, "%s (region unknown)", f.ProviderConfig)
	default:
		fmt.Fprintf(&b, "%s (%s)", f.ProviderConfig, f.ProviderRegion)
	}
	if f.Region != "" {
		fmt.Fprintf(&b, "; region %s", f.Region)
	}
	b.WriteString("; why: ")
	for i, r := range f.Reasons {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.Detail)
	}
	return b.String()
}

// Summary is the closing line of the text output.
func (r *Result) Summary() string {
	regions := strings.Join(r.PrimaryRegions, ", ")
	switch {
	case len(r.PrimaryRegions) == 0 && r.PrimaryRegionsInferred:
		regions = "none (no primary-named provider configuration with a known region)"
	case len(r.PrimaryRegions) == 0:
		regions = "none"
	case r.PrimaryRegionsInferred:
		regions += ", from the primary-named provider configurations"
	}
	aliases := "none"
	if len(r.PrimaryAliases) > 0 {
		aliases = strings.Join(r.PrimaryAliases, ", ")
	}
	settings := fmt.Sprintf("(primary aliases: %s; primary regions: %s)", aliases, regions)
	switch n := len(r.Findings); n {
	case 0:
		return "drguard-plan: no change writes to the primary " + settings
	case 1:
		return "drguard-plan: 1 change writes to the primary " + settings + "; bind the resource to a DR provider configuration and region, or exempt its type with allowed_resource_types"
	default:
		return fmt.Sprintf("drguard-plan: %d changes write to the primary %s; bind the resources to a DR provider configuration and region, or exempt their types with allowed_resource_types", n, settings)
	}
}

// WriteText writes one line per finding, led by its location when known
// (envs/dr/main.tf:12: ...), then a summary line.
func WriteText(w io.Writer, r *Result) error {
	var b strings.Builder
	for _, f := range r.Findings {
		if loc := f.Location(); loc != "" {
			b.WriteString(loc)
			b.WriteString(": ")
		}
		b.WriteString(f.Message())
		b.WriteByte('\n')
	}
	b.WriteString(r.Summary())
	b.WriteByte('\n')
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes the result as one JSON object.
func WriteJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// WriteSARIF writes the result as a SARIF 2.1.0 log. A finding's physical location is its
// .tf file and line when known (code scanning annotates that line of the pull request),
// else artifact, the plan file the findings were read from; with neither ("" for standard
// input), a result has its logical location (the resource address) only.
func WriteSARIF(w io.Writer, r *Result, artifact string) error {
	results := make([]sarifResult, 0, len(r.Findings))
	for _, f := range r.Findings {
		loc := sarifLocation{LogicalLocations: []sarifLogicalLocation{{FullyQualifiedName: f.Address, Kind: "resource"}}}
		switch {
		case f.Location() != "":
			loc.PhysicalLocation = &sarifPhysicalLocation{
				ArtifactLocation: sarifArtifactLocation{URI: f.File},
				Region:           &sarifRegion{StartLine: f.Line},
			}
		case artifact != "":
			loc.PhysicalLocation = &sarifPhysicalLocation{ArtifactLocation: sarifArtifactLocation{URI: artifact}}
		}
		results = append(results, sarifResult{
			RuleID:    RuleID,
			RuleIndex: 0,
			Level:     "error",
			Message:   sarifText{Text: f.Message()},
			Locations: []sarifLocation{loc},
			PartialFingerprints: map[string]string{
				"drguardPlanAddress/v1": f.Address,
			},
			Properties: sarifProperties{Finding: f},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           "drguard-plan",
				Version:        project.Version,
				InformationURI: DocLink(),
				Rules: []sarifRule{{
					ID:               RuleID,
					Name:             "PrimaryWrite",
					ShortDescription: sarifText{Text: "A planned change writes to the primary region"},
					FullDescription: sarifText{Text: "The plan would create, update, replace, delete or import a managed resource " +
						"bound to a primary provider configuration (a primary alias, or a primary region) or placed in a primary region. " +
						"A DR configuration may read the primary region, and may never write to it."},
					HelpURI:              DocLink(),
					DefaultConfiguration: sarifRuleConfiguration{Level: "error"},
				}},
			}},
			Results: results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string                 `json:"id"`
	Name                 string                 `json:"name"`
	ShortDescription     sarifText              `json:"shortDescription"`
	FullDescription      sarifText              `json:"fullDescription"`
	HelpURI              string                 `json:"helpUri"`
	DefaultConfiguration sarifRuleConfiguration `json:"defaultConfiguration"`
}

type sarifRuleConfiguration struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifProperties   `json:"properties"`
}

type sarifProperties struct {
	Finding Finding `json:"drguard"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogicalLocation `json:"logicalLocations"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

type sarifArtifactLocation struct {
	URI string `json:"uri"`
}

type sarifLogicalLocation struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}
