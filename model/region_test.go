package model

import "testing"

func TestZoneRegion(t *testing.T) {
	tests := map[string]string{
		"us-east-1a":       "us-east-1",
		"us-gov-west-1b":   "us-gov-west-1",
		"eu-central-2c":    "eu-central-2",
		"us-central1-b":    "us-central1",
		"europe-west4-a":   "europe-west4",
		"US-EAST-1A":       "us-east-1",
		"us-east-1":        "",
		"us-central1":      "",
		"use1-az1":         "",
		"us-east-1-bos-1a": "",
		"eastus":           "",
		"1":                "",
		"":                 "",
	}
	for zone, want := range tests {
		if got := ZoneRegion(zone); got != want {
			t.Errorf("ZoneRegion(%q) = %q, want %q", zone, got, want)
		}
	}
}

func TestRegionSet(t *testing.T) {
	s := RegionSet{}
	s.Add("East US")
	s.Add("us-east-1")
	s.Add("")
	for _, r := range []string{"eastus", "EAST US", "East  US", "us-east-1"} {
		if !s.Has(r) {
			t.Errorf("Has(%q) = false", r)
		}
	}
	if s.Has("us-east-2") || s.Has("") {
		t.Error("unexpected member")
	}
	if got := s.String(); got != "East US, us-east-1" {
		t.Errorf("String() = %q", got)
	}
}
