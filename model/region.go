package model

import (
	"regexp"
	"sort"
	"strings"
)

// normalizeRegion is the form regions compare in: lower case, without spaces, so AzureRM's
// "East US" equals "eastus".
func normalizeRegion(r string) string {
	return strings.ToLower(strings.Join(strings.Fields(r), ""))
}

var (
	// us-east-1a, us-gov-west-1b: an AWS region followed by one zone letter.
	awsZone = regexp.MustCompile(`^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$`)
	// us-central1-b, europe-west4-a: a Google region followed by "-" and one zone letter.
	googleZone = regexp.MustCompile(`^([a-z]+-[a-z]+\d+)-[a-z]$`)
)

// ZoneRegion returns the region of an availability zone name (us-east-1a -> us-east-1,
// us-central1-b -> us-central1), or "" when the name is not a zone. Zone IDs (use1-az1) and
// Local Zones are out of scope.
func ZoneRegion(zone string) string {
	z := normalizeRegion(zone)
	if m := awsZone.FindStringSubmatch(z); m != nil {
		return m[1]
	}
	if m := googleZone.FindStringSubmatch(z); m != nil {
		return m[1]
	}
	return ""
}

// RegionSet is a set of regions, compared normalised; it remembers each region as first written.
type RegionSet map[string]string

// Add puts a region into the set.
func (s RegionSet) Add(r string) {
	if n := normalizeRegion(r); n != "" {
		if _, ok := s[n]; !ok {
			s[n] = r
		}
	}
}

// Has reports whether the region is in the set.
func (s RegionSet) Has(r string) bool {
	_, ok := s[normalizeRegion(r)]
	return ok
}

// List returns the regions as first written, sorted.
func (s RegionSet) List() []string {
	out := make([]string, 0, len(s))
	for _, r := range s {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

// String renders the set for messages: "us-east-1" or "us-east-1, us-east-2".
func (s RegionSet) String() string {
	return strings.Join(s.List(), ", ")
}
