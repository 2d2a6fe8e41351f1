package region

import "testing"

func TestOfZone(t *testing.T) {
	tests := map[string]string{
		"us-east-1a":       "us-east-1",
		"us-gov-west-1b":   "us-gov-west-1",
		"eu-central-2c":    "eu-central-2",
		"us-central1-b":    "us-central1",
		"europe-west4-a":   "europe-west4",
		"US-EAST-1A":       "us-east-1",
		" us-east-1a ":     "us-east-1",
		"us-east-1":        "",
		"us-central1":      "",
		"use1-az1":         "",
		"us-east-1-bos-1a": "",
		"eastus":           "",
		"1":                "",
		"":                 "",
	}
	for zone, want := range tests {
		if got := OfZone(zone); got != want {
			t.Errorf("OfZone(%q) = %q, want %q", zone, got, want)
		}
	}
}

func TestSet(t *testing.T) {
	s := NewSet("East US", "us-east-1", "", "uk-south")
	for _, r := range []string{"eastus", "EAST US", "East  US", "us-east-1", "useast1", "uksouth", "UK South"} {
		if !s.Has(r) {
			t.Errorf("Has(%q) = false", r)
		}
	}
	if s.Has("us-east-2") || s.Has("") || s.Has("eastus2") {
		t.Error("unexpected member")
	}
	if got := s.String(); got != "East US, uk-south, us-east-1" {
		t.Errorf("String() = %q", got)
	}
	if got := s.Written("EASTUS"); got != "East US" {
		t.Errorf("Written(EASTUS) = %q", got)
	}
}
