package gate

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteText(t *testing.T) {
	tests := []struct {
		plan string
		want string
	}{
		{"alias_resource", `aws_iam_role.leak: create; provider aws.primary (us-east-1); why: alias "primary" is a primary alias, provider region us-east-1 is primary
aws_s3_bucket.logs: create; provider aws.primary (us-east-1); region us-east-1; why: alias "primary" is a primary alias, provider region us-east-1 is primary, planned region us-east-1 is primary
drguard-plan: 2 changes write to the primary (primary aliases: primary; primary regions: us-east-1, from the primary-named provider configurations); bind the resources to a DR provider configuration and region, or exempt their types with allowed_resource_types
`},
		{"delete_primary", `aws_s3_bucket.gone: delete; provider unknown (no longer in the configuration); region us-east-1; why: destroys an object in primary region us-east-1
aws_s3_bucket.moved: replace; provider aws (us-west-2); region us-west-2; why: destroys an object in primary region us-east-1
aws_sqs_queue.tagged: update; provider aws.primary (us-east-1); region us-east-1; why: alias "primary" is a primary alias, provider region us-east-1 is primary, planned region us-east-1 is primary
drguard-plan: 3 changes write to the primary (primary aliases: primary; primary regions: us-east-1, from the primary-named provider configurations); bind the resources to a DR provider configuration and region, or exempt their types with allowed_resource_types
`},
		{"variables", `aws_iam_role.backup: create; provider aws.backup (us-east-1); why: provider region us-east-1 (var.backup_region) is primary
aws_s3_bucket.backup: create; provider aws.backup (us-east-1); region us-east-1; why: provider region us-east-1 (var.backup_region) is primary, planned region us-east-1 is primary
module.legacy.aws_iam_role.legacy: create; provider module.legacy:aws (us-east-1); why: provider region us-east-1 (var.region) is primary
module.legacy.aws_sqs_queue.legacy: create; provider module.legacy:aws (us-east-1); region us-east-1; why: provider region us-east-1 (var.region) is primary, planned region us-east-1 is primary
drguard-plan: 4 changes write to the primary (primary aliases: primary; primary regions: us-east-1, from the primary-named provider configurations); bind the resources to a DR provider configuration and region, or exempt their types with allowed_resource_types
`},
		{"seed_clean", `drguard-plan: no change writes to the primary (primary aliases: primary; primary regions: us-east-1, from the primary-named provider configurations)
`},
		{"builtin_alias", `terraform_data.leak: create; provider terraform.primary (region unknown); why: alias "primary" is a primary alias
module.child_primary.terraform_data.child: create; provider terraform.primary (region unknown); why: alias "primary" is a primary alias
drguard-plan: 2 changes write to the primary (primary aliases: primary; primary regions: none (no primary-named provider configuration with a known region)); bind the resources to a DR provider configuration and region, or exempt their types with allowed_resource_types
`},
	}
	for _, tt := range tests {
		t.Run(tt.plan, func(t *testing.T) {
			res, err := Check(loadPlan(t, tt.plan), defaults)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := WriteText(&b, res); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tt.want)
			}
		})
	}
}

func TestWriteTextSingularAndExplicitRegions(t *testing.T) {
	res, err := Check(loadPlan(t, "region_arg"), Settings{PrimaryAliases: []string{"primary"}, PrimaryRegions: []string{"us-east-1"}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	_ = WriteText(&b, res)
	want := `aws_s3_bucket.replica: create; provider aws (us-west-2); region us-east-1; why: planned region us-east-1 is primary
drguard-plan: 1 change writes to the primary (primary aliases: primary; primary regions: us-east-1); bind the resource to a DR provider configuration and region, or exempt its type with allowed_resource_types
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestWriteJSON(t *testing.T) {
	res, err := Check(loadPlan(t, "for_each"), defaults)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := WriteJSON(&b, res); err != nil {
		t.Fatal(err)
	}
	var got struct {
		FormatVersion    string   `json:"format_version"`
		TerraformVersion string   `json:"terraform_version"`
		PrimaryAliases   []string `json:"primary_aliases"`
		PrimaryRegions   []string `json:"primary_regions"`
		Inferred         bool     `json:"primary_regions_inferred"`
		Findings         []struct {
			Address        string   `json:"address"`
			Type           string   `json:"type"`
			Action         string   `json:"action"`
			Actions        []string `json:"actions"`
			ProviderConfig string   `json:"provider_config"`
			ProviderRegion string   `json:"provider_region"`
			Region         string   `json:"region"`
			Reasons        []Reason `json:"reasons"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.FormatVersion != "1.2" || got.TerraformVersion != "1.11.4" || !got.Inferred || len(got.Findings) != 7 {
		t.Fatalf("unexpected JSON: %s", b.String())
	}
	f := got.Findings[4]
	if f.Address != `module.shard["c]d\"e"].aws_s3_bucket.app` || f.Type != "aws_s3_bucket" || f.Action != "create" ||
		f.ProviderConfig != "aws.primary" || f.ProviderRegion != "us-east-1" || f.Region != "us-east-1" || len(f.Reasons) != 3 {
		t.Errorf("finding: %+v", f)
	}

	clean, _ := Check(loadPlan(t, "seed_clean"), defaults)
	b.Reset()
	_ = WriteJSON(&b, clean)
	if !strings.Contains(b.String(), `"findings": []`) {
		t.Errorf("a clean plan should list no findings as []: %s", b.String())
	}
}

func TestWriteSARIF(t *testing.T) {
	res, err := Check(loadPlan(t, "module_primary"), defaults)
	if err != nil {
		t.Fatal(err)
	}
	for _, artifact := range []string{"plans/plan.json", ""} {
		var b bytes.Buffer
		if err := WriteSARIF(&b, res, artifact); err != nil {
			t.Fatal(err)
		}
		var log struct {
			Version string `json:"version"`
			Schema  string `json:"$schema"`
			Runs    []struct {
				Tool struct {
					Driver struct {
						Name  string `json:"name"`
						Rules []struct {
							ID string `json:"id"`
						} `json:"rules"`
					} `json:"driver"`
				} `json:"tool"`
				Results []struct {
					RuleID  string `json:"ruleId"`
					Level   string `json:"level"`
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
					Locations []struct {
						PhysicalLocation *struct {
							ArtifactLocation struct {
								URI string `json:"uri"`
							} `json:"artifactLocation"`
						} `json:"physicalLocation"`
						LogicalLocations []struct {
							FullyQualifiedName string `json:"fullyQualifiedName"`
							Kind               string `json:"kind"`
						} `json:"logicalLocations"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(b.Bytes(), &log); err != nil {
			t.Fatal(err)
		}
		if log.Version != "2.1.0" || len(log.Runs) != 1 || log.Runs[0].Tool.Driver.Name != "drguard-plan" ||
			len(log.Runs[0].Tool.Driver.Rules) != 1 || log.Runs[0].Tool.Driver.Rules[0].ID != RuleID {
			t.Fatalf("bad SARIF envelope: %s", b.String())
		}
		results := log.Runs[0].Results
		if len(results) != 2 {
			t.Fatalf("want 2 results, got %d", len(results))
		}
		r := results[1]
		if r.RuleID != RuleID || r.Level != "error" || !strings.HasPrefix(r.Message.Text, "module.platform.module.replica.aws_s3_bucket.this: create; provider aws.primary") {
			t.Errorf("result: %+v", r)
		}
		loc := r.Locations[0]
		if loc.LogicalLocations[0].FullyQualifiedName != "module.platform.module.replica.aws_s3_bucket.this" || loc.LogicalLocations[0].Kind != "resource" {
			t.Errorf("logical location: %+v", loc.LogicalLocations)
		}
		if artifact == "" && loc.PhysicalLocation != nil || artifact != "" && (loc.PhysicalLocation == nil || loc.PhysicalLocation.ArtifactLocation.URI != artifact) {
			t.Errorf("physical location for %q: %+v", artifact, loc.PhysicalLocation)
		}
	}
}
