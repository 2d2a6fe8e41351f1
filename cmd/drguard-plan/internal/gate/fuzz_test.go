package gate

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixturePlans are the real-Terraform plan fixtures, the seeds of the plan fuzz target.
func fixturePlans(f *testing.F) map[string][]byte {
	f.Helper()
	files, err := filepath.Glob(filepath.Join(plansDir, "*.json"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no plan fixtures: %v", err)
	}
	out := map[string][]byte{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		out[filepath.Base(file)] = data
	}
	return out
}

// FuzzParsePlan feeds the plan reader anything: it must never panic, every error must be an
// input error of one line in plain words, and an accepted plan must go through the check and
// every output format without panicking.
func FuzzParsePlan(f *testing.F) {
	for _, data := range fixturePlans(f) {
		f.Add(data)
		// A truncated plan, and one with its configuration gone.
		f.Add(data[:len(data)/2])
		f.Add(bytes.Replace(data, []byte(`"configuration"`), []byte(`"configuratio"`), 1))
	}
	for _, s := range []string{"", "null", "[]", "{}", `{"format_version":"1.2"}`, `{"format_version":"1.2","configuration":{"root_module":{}},"resource_changes":[{}]}`} {
		f.Add([]byte(s))
	}
	settings := []Settings{
		{PrimaryAliases: []string{"primary"}},
		{PrimaryAliases: []string{"primary"}, PrimaryRegions: []string{"us-east-1"}, AllowedResourceTypes: []string{"aws_iam_*"}},
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ParsePlan(data)
		if err != nil {
			if !errors.Is(err, ErrInput) {
				t.Errorf("not an input error: %v", err)
			}
			plainLine(t, err)
			return
		}
		for _, s := range settings {
			res, err := Check(p, s)
			if err != nil {
				plainLine(t, err)
				continue
			}
			var out bytes.Buffer
			if err := WriteText(&out, res); err != nil {
				t.Fatal(err)
			}
			if lines := strings.Count(out.String(), "\n"); lines != len(res.Findings)+1 {
				t.Errorf("%d lines of text for %d findings: %q", lines, len(res.Findings), out.String())
			}
			for _, write := range []func() error{
				func() error { return WriteJSON(&out, res) },
				func() error { return WriteSARIF(&out, res, "plan.json") },
			} {
				out.Reset()
				if err := write(); err != nil {
					t.Fatal(err)
				}
				if !json.Valid(out.Bytes()) {
					t.Errorf("invalid JSON output: %s", out.String())
				}
			}
		}
	})
}

// plainLine fails when an error message spans lines or speaks Go.
func plainLine(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if msg == "" || strings.ContainsAny(msg, "\n\r") {
		t.Errorf("error is not one line: %q", msg)
	}
	if mark := speaksGo(msg); mark != "" {
		t.Errorf("error %q speaks Go (%q)", msg, mark)
	}
}

// FuzzParseAddress feeds the address parsers anything: they must never panic, and what they
// accept must render back to an address that parses to the same thing.
func FuzzParseAddress(f *testing.F) {
	for _, data := range fixturePlans(f) {
		var p struct {
			ResourceChanges []struct {
				Address       string `json:"address"`
				ModuleAddress string `json:"module_address"`
			} `json:"resource_changes"`
		}
		if err := json.Unmarshal(data, &p); err != nil {
			f.Fatal(err)
		}
		for _, rc := range p.ResourceChanges {
			f.Add(rc.Address)
			f.Add(rc.ModuleAddress)
		}
	}
	for _, s := range []string{
		`module.shard["c]d\"e"].module.inner.aws_sqs_queue.inner`, `module.m["].aws_x.y[\"]"].aws_s3_bucket.z`,
		`data.aws_region.r["y"]`, `ephemeral.aws_x.y`, `aws_s3_bucket.b[0][1]`, `module.a.b.c.d`, `"x".y`, `module.a[`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, address string) {
		if a, err := ParseInstanceAddress(address); err == nil {
			switch {
			case a.Type == "" || a.Name == "":
				t.Errorf("%q parsed with an empty type or name: %#v", address, a)
			case a.Mode != "managed" && a.Mode != "data" && a.Mode != "ephemeral":
				t.Errorf("%q parsed with mode %q", address, a.Mode)
			}
			again, err := ParseInstanceAddress(a.String())
			if err != nil || again.String() != a.String() || len(again.Modules) != len(a.Modules) {
				t.Errorf("%q parsed as %s, which parses as %s (%v)", address, a, again, err)
			}
		} else {
			plainLine(t, err)
		}
		if mods, err := ParseModuleAddress(address); err == nil {
			rendered := ""
			for i, m := range mods {
				if i > 0 {
					rendered += "."
				}
				rendered += "module." + m
			}
			again, err := ParseModuleAddress(rendered)
			if err != nil || strings.Join(again, ".") != strings.Join(mods, ".") || len(again) != len(mods) {
				t.Errorf("%q parsed as %q, which parses as %q (%v)", address, mods, again, err)
			}
		} else if address != "" {
			plainLine(t, err)
		}
	})
}
