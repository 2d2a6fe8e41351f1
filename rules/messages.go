package rules

import (
	"fmt"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/model"
)

// The words the rules share: how a primary configuration, a place and a source read in a
// message. Every message is one line: a short sentence saying what is wrong and where, then the
// details, then the fix.

// in says where a primary configuration writes: "us-east-1 (the primary region)"; "the primary
// region" when its region is not known.
func in(p model.Primary) string {
	if p.Region == "" {
		return "the primary region"
	}
	return p.Region + " (the primary region)"
}

// through names the primary configuration a block is bound to: "the primary provider
// configuration aws.primary", "the provider configuration aws.east", "the inherited default
// aws provider configuration".
func through(p model.Primary, b model.Binding) string {
	var s string
	switch {
	case p.Named:
		s = "the primary provider configuration " + p.Config
	case strings.ContainsAny(p.Config, ".["):
		s = "the provider configuration " + p.Config
	case b.Inherited && b.Owned == nil:
		s = fmt.Sprintf("the inherited default %s provider configuration", p.Config)
	default:
		s = fmt.Sprintf("the default %s provider configuration", p.Config)
	}
	if p.Instance != "" {
		s += fmt.Sprintf(" (its instance %q)", p.Instance)
	}
	if p.Owner != "" {
		s += ", which " + p.Owner + " declares itself"
	}
	return s
}

// homedInOneRegion are resource types of services that must live in one fixed region whatever
// the DR region: the message points at allowed_resource_types for them.
var homedInOneRegion = []string{"aws_acm_certificate", "aws_acm_certificate_validation", "aws_cloudfront_", "aws_wafv2_web_acl", "aws_shield_"}

// allowedHint is the way out for a service homed in one region, or "".
func allowedHint(resourceType string) string {
	for _, t := range homedInOneRegion {
		if resourceType == t || (strings.HasSuffix(t, "_") && strings.HasPrefix(resourceType, t)) {
			return fmt.Sprintf(" If %s must live in that region (a CloudFront certificate, say), list it in allowed_resource_types of %s.", resourceType, config.ResourceRule)
		}
	}
	return ""
}

// listed names up to maxListed items, then how many more.
func listed(items []string) string {
	s := strings.Join(items[:min(len(items), maxListed)], ", ")
	if len(items) > maxListed {
		s += fmt.Sprintf(" and %d more", len(items)-maxListed)
	}
	return s
}

// maxListed is how many items a message names before "and N more".
const maxListed = 10

// plural is "1 resource", "3 resources".
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
