// Package region models cloud regions as drguard compares them: normalised names, the region
// of an availability zone, and sets of regions. The plugin's model, its rules and drguard-plan
// share it.
package region

import (
	"regexp"
	"sort"
	"strings"
)

// Normalize is the form regions compare in: lower case, without spaces or hyphens, so AzureRM's
// "East US" equals "eastus" and a hand-written "uk-south" equals "uksouth".
func Normalize(r string) string {
	r = strings.ToLower(strings.Join(strings.Fields(r), ""))
	return strings.ReplaceAll(r, "-", "")
}

var (
	// us-east-1a, us-gov-west-1b: an AWS region followed by one zone letter.
	awsZone = regexp.MustCompile(`^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$`)
	// us-central1-b, europe-west4-a: a Google region followed by "-" and one zone letter.
	googleZone = regexp.MustCompile(`^([a-z]+-[a-z]+\d+)-[a-z]$`)
)

// OfZone returns the region of an availability zone name (us-east-1a -> us-east-1,
// us-central1-b -> us-central1), or "" when the name is not a zone. Zone IDs (use1-az1) and
// Local Zones are out of scope.
func OfZone(zone string) string {
	z := strings.ToLower(strings.TrimSpace(zone))
	if m := awsZone.FindStringSubmatch(z); m != nil {
		return m[1]
	}
	if m := googleZone.FindStringSubmatch(z); m != nil {
		return m[1]
	}
	return ""
}

// Set is a set of regions, compared normalised; it remembers each region as first written.
type Set map[string]string

// NewSet makes a set of the given regions.
func NewSet(regions ...string) Set {
	s := Set{}
	for _, r := range regions {
		s.Add(r)
	}
	return s
}

// Add puts a region into the set.
func (s Set) Add(r string) {
	if n := Normalize(r); n != "" {
		if _, ok := s[n]; !ok {
			s[n] = r
		}
	}
}

// Has reports whether the region is in the set.
func (s Set) Has(r string) bool {
	_, ok := s[Normalize(r)]
	return ok
}

// Written returns the region of the set that r equals, as first written ("" when none does).
func (s Set) Written(r string) string {
	return s[Normalize(r)]
}

// List returns the regions as first written, sorted.
func (s Set) List() []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// String renders the set for messages: "us-east-1" or "us-east-1, us-east-2".
func (s Set) String() string {
	return strings.Join(s.List(), ", ")
}
