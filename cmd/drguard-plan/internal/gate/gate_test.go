package gate

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
)

// plansDir holds the plan JSON that real Terraform produced (see ../../testdata/generate.sh).
const plansDir = "../../testdata/plans"

func loadPlan(t *testing.T, name string) *Plan {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(plansDir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParsePlan(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return p
}

var defaults = Settings{PrimaryAliases: []string{"primary"}}

// want is an expected finding: address, action and the kinds of its reasons.
type want struct {
	address string
	action  string
	reasons []string
}

const (
	alias     = ReasonAlias
	pregion   = ReasonProviderRegion
	ownRegion = ReasonRegion
)

func TestFixtures(t *testing.T) {
	byAlias := []string{alias, pregion, ownRegion}
	tests := []struct {
		name     string
		plan     string
		settings Settings
		want     []want
		// wantRegions are the primary regions in force.
		wantRegions []string
	}{
		{
			name: "the seed layout done right is clean", plan: "seed_clean", settings: defaults,
			wantRegions: []string{"us-east-1"},
		},
		{
			name: "resources on aws.primary; logs_copy (DR) is not logs", plan: "alias_resource", settings: defaults,
			want: []want{
				{"aws_iam_role.leak", "create", []string{alias, pregion}},
				{"aws_s3_bucket.logs", "create", byAlias},
			},
			wantRegions: []string{"us-east-1"},
		},
		{
			name: "allowed_resource_types exempts a type", plan: "alias_resource",
			settings: Settings{PrimaryAliases: []string{"primary"}, AllowedResourceTypes: config.ResourceTypes{"aws_iam_*"}},
			want:     []want{{"aws_s3_bucket.logs", "create", byAlias}},
		},
		{
			name: "a region argument on the DR provider", plan: "region_arg", settings: defaults,
			want: []want{{"aws_s3_bucket.replica", "create", []string{ownRegion}}},
		},
		{
			name: "the default provider in the primary region, child modules included", plan: "default_primary", settings: defaults,
			want: []want{
				{"aws_iam_role.dr", "create", []string{pregion}},
				{"aws_s3_bucket.dr", "create", []string{pregion, ownRegion}},
				{"aws_sqs_queue.dr", "create", []string{pregion, ownRegion}},
				{"module.app.aws_s3_bucket.app", "create", []string{pregion, ownRegion}},
				{"module.app.module.inner.aws_sqs_queue.inner", "create", []string{pregion, ownRegion}},
			},
		},
		{
			name: "no primary alias and no primary_regions: nothing is primary", plan: "default_primary",
			settings: Settings{PrimaryAliases: []string{"main"}},
		},
		{
			name: "aws.primary handed down two module levels", plan: "module_primary", settings: defaults,
			want: []want{
				{"module.platform.module.replica.aws_iam_role.this", "create", []string{alias, pregion}},
				{"module.platform.module.replica.aws_s3_bucket.this", "create", byAlias},
			},
		},
		{
			name: "a legacy module's own provider block in us-east-1", plan: "legacy_module", settings: defaults,
			want: []want{
				{"module.legacy.aws_iam_role.legacy", "create", []string{pregion}},
				{"module.legacy.aws_s3_bucket.legacy", "create", []string{pregion, ownRegion}},
			},
		},
		{
			name: "count and for_each instances, tricky keys; shard_dr is not shard", plan: "for_each", settings: defaults,
			want: []want{
				{`aws_s3_bucket.per_env["blue"]`, "create", byAlias},
				{`aws_s3_bucket.per_env["green"]`, "create", byAlias},
				{`aws_sqs_queue.primary_copies[0]`, "create", byAlias},
				{`module.shard["a.b"].aws_s3_bucket.app`, "create", byAlias},
				{`module.shard["c]d\"e"].aws_s3_bucket.app`, "create", byAlias},
				{`module.shard["a.b"].module.inner.aws_sqs_queue.inner`, "create", byAlias},
				{`module.shard["c]d\"e"].module.inner.aws_sqs_queue.inner`, "create", byAlias},
			},
		},
		{
			name: "regions from variables, through tfvars and a module call", plan: "variables", settings: defaults,
			want: []want{
				{"aws_iam_role.backup", "create", []string{pregion}},
				{"aws_s3_bucket.backup", "create", []string{pregion, ownRegion}},
				{"module.legacy.aws_iam_role.legacy", "create", []string{pregion}},
				{"module.legacy.aws_sqs_queue.legacy", "create", []string{pregion, ownRegion}},
			},
			wantRegions: []string{"us-east-1"},
		},
		{
			name: "primary_regions is authoritative", plan: "variables",
			settings:    Settings{PrimaryAliases: []string{"primary"}, PrimaryRegions: []string{"us-east-2"}},
			wantRegions: []string{"us-east-2"},
		},
		{
			name: "delete, replace and update in the primary; no-op, forget and DR delete pass", plan: "delete_primary", settings: defaults,
			want: []want{
				{"aws_s3_bucket.gone", "delete", []string{ownRegion}},
				{"aws_s3_bucket.moved", "replace", []string{ownRegion}},
				{"aws_sqs_queue.tagged", "update", byAlias},
			},
		},
		{
			name: "importing a primary object is a write; a DR import is not", plan: "import_primary", settings: defaults,
			want: []want{{"aws_s3_bucket.adopted", "import", byAlias}},
		},
		{
			name: "builtin terraform provider: by alias alone", plan: "builtin_alias", settings: defaults,
			want: []want{
				{"terraform_data.leak", "create", []string{alias}},
				{"module.child_primary.terraform_data.child", "create", []string{alias}},
			},
			wantRegions: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Check(loadPlan(t, tt.plan), tt.settings)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, f := range res.Findings {
				var kinds []string
				for _, r := range f.Reasons {
					kinds = append(kinds, r.Kind)
				}
				got = append(got, want{f.Address, f.Action, kinds})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings:\n got %q\nwant %q", got, tt.want)
			}
			if tt.wantRegions != nil && !reflect.DeepEqual(res.PrimaryRegions, tt.wantRegions) {
				t.Errorf("primary regions = %q, want %q", res.PrimaryRegions, tt.wantRegions)
			}
		})
	}
}

// TestEveryFixtureIsCovered keeps the table above in step with plans/.
func TestEveryFixtureIsCovered(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(plansDir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	src, err := os.ReadFile("gate_test.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if !bytes.Contains(src, []byte(`plan: "`+name+`"`)) {
			t.Errorf("fixture %s has no row in TestFixtures", name)
		}
	}
}

// TestFindingsDetail pins the provider configuration and regions a finding reports.
func TestFindingsDetail(t *testing.T) {
	tests := []struct {
		plan, address                  string
		providerConfig, providerRegion string
		region                         string
		actions                        []string
	}{
		{"alias_resource", "aws_s3_bucket.logs", "aws.primary", "us-east-1", "us-east-1", []string{"create"}},
		{"alias_resource", "aws_iam_role.leak", "aws.primary", "us-east-1", "", []string{"create"}},
		{"legacy_module", "module.legacy.aws_s3_bucket.legacy", "module.legacy:aws", "us-east-1", "us-east-1", []string{"create"}},
		{"variables", "aws_iam_role.backup", "aws.backup", "us-east-1", "", []string{"create"}},
		{"delete_primary", "aws_s3_bucket.gone", "", "", "us-east-1", []string{"delete"}},
		{"delete_primary", "aws_s3_bucket.moved", "aws", "us-west-2", "us-west-2", []string{"delete", "create"}},
		{"import_primary", "aws_s3_bucket.adopted", "aws.primary", "us-east-1", "us-east-1", []string{"no-op"}},
		{"builtin_alias", "terraform_data.leak", "terraform.primary", "", "", []string{"create"}},
	}
	for _, tt := range tests {
		t.Run(tt.plan+"/"+tt.address, func(t *testing.T) {
			res, err := Check(loadPlan(t, tt.plan), defaults)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Findings {
				if f.Address != tt.address {
					continue
				}
				if f.ProviderConfig != tt.providerConfig || f.ProviderRegion != tt.providerRegion || f.Region != tt.region || !reflect.DeepEqual(f.Actions, tt.actions) {
					t.Errorf("got provider %q (%q), region %q, actions %q; want %q (%q), %q, %q",
						f.ProviderConfig, f.ProviderRegion, f.Region, f.Actions, tt.providerConfig, tt.providerRegion, tt.region, tt.actions)
				}
				return
			}
			t.Errorf("no finding for %s", tt.address)
		})
	}
}

// seedGate reproduces the widely copied post-plan gate:
//
//	.planned_values.root_module.resources[] | select(.provider_name | contains("aws.primary"))
func seedGate(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(plansDir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var plan struct {
		PlannedValues struct {
			RootModule struct {
				Resources []struct {
					Address      string `json:"address"`
					ProviderName string `json:"provider_name"`
				} `json:"resources"`
			} `json:"root_module"`
		} `json:"planned_values"`
	}
	if err := json.Unmarshal(data, &plan); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range plan.PlannedValues.RootModule.Resources {
		if strings.Contains(r.ProviderName, "aws.primary") {
			out = append(out, r.Address)
		}
	}
	return out
}

func TestSeedGateFindsNothing(t *testing.T) {
	for _, name := range []string{"alias_resource", "module_primary", "legacy_module", "for_each", "region_arg", "default_primary", "variables", "delete_primary", "import_primary"} {
		t.Run(name, func(t *testing.T) {
			res, err := Check(loadPlan(t, name), defaults)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Findings) == 0 {
				t.Fatalf("drguard-plan finds nothing in %s", name)
			}
			if got := seedGate(t, name); len(got) != 0 {
				t.Errorf("the seed gate found %q; provider_name should never hold the alias", got)
			}
		})
	}
}

// TestOpenTofuPlans: OpenTofu writes provider addresses under registry.opentofu.org and
// otherwise the same plan JSON; the findings must not depend on the host.
func TestOpenTofuPlans(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(plansDir, "*.json"))
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			tofu := bytes.ReplaceAll(data, []byte("registry.terraform.io/"), []byte("registry.opentofu.org/"))
			tofu = bytes.ReplaceAll(tofu, []byte(`"terraform_version": "1.11.4"`), []byte(`"terraform_version": "1.12.6"`))
			if name != "builtin_alias" && bytes.Equal(tofu, data) {
				t.Fatal("no provider address rewritten")
			}
			p1, err := ParsePlan(data)
			if err != nil {
				t.Fatal(err)
			}
			p2, err := ParsePlan(tofu)
			if err != nil {
				t.Fatal(err)
			}
			r1, _ := Check(p1, defaults)
			r2, _ := Check(p2, defaults)
			if !reflect.DeepEqual(r1.Findings, r2.Findings) {
				t.Errorf("terraform: %v\nopentofu: %v", r1.Findings, r2.Findings)
			}
		})
	}
}
