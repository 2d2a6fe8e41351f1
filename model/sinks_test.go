package model

import (
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/helper"
)

func sinkTable(t *testing.T, rule string) (SinkTable, error) {
	t.Helper()
	files := map[string]string{"main.tf": ""}
	if rule != "" {
		files[".tflint.hcl"] = "rule \"drguard_writable_remote_state\" {\n  enabled = true\n" + rule + "\n}"
	}
	m, err := Load(NewRunner(helper.TestRunner(t, files), config.Default()))
	if err != nil {
		t.Fatal(err)
	}
	return m.SinkTable()
}

func TestSinkArguments(t *testing.T) {
	table, err := sinkTable(t, "")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"aws_route":                             "route_table_id",
		"aws_vpc_peering_connection":            strings.Join(fallbackSinks, ","),
		"aws_s3_bucket_policy":                  "bucket",
		"aws_s3_bucket_lifecycle_configuration": "bucket",
		"aws_iam_role_policy_attachment":        "role",
		"google_compute_subnetwork":             "",
		"aws_backup_plan":                       "rule.copy_action.destination_vault_arn",
		"azurerm_subnet":                        "virtual_network_name",
	}
	for typ, want := range tests {
		if got := strings.Join(table.Arguments(typ), ","); got != want {
			t.Errorf("Arguments(%s) = %s, want %s", typ, got, want)
		}
	}
	if got := strings.Join(table.Arguments("aws_s3_bucket"), ","); got != "" {
		t.Errorf("Arguments(aws_s3_bucket) = %s: a type that creates a named bucket has no fallback sinks", got)
	}
	if got := strings.Join(table.Targets("aws_s3_bucket"), ","); got != "bucket" {
		t.Errorf("Targets(aws_s3_bucket) = %s, want the created bucket's name", got)
	}
}

// No table entry, family or fallback may make a plain value a sink.
func TestNeverSinks(t *testing.T) {
	never := func(arg string) bool {
		return strings.HasPrefix(arg, "peer_") || strings.Contains(arg, "cidr") || arg == "tags" || arg == "description"
	}
	for typ, args := range sinkArguments {
		for _, a := range args {
			if never(a) {
				t.Errorf("%s.%s must never be a sink", typ, a)
			}
		}
	}
	for _, a := range append(append([]string{}, fallbackSinks...), sinkPrefixes["aws_s3_bucket_"]...) {
		if never(a) {
			t.Errorf("%s must never be a sink", a)
		}
	}
}

func TestSinkOptions(t *testing.T) {
	table, err := sinkTable(t, `  extra_sinks   = ["aws_vpc_peering_connection.accepter_vpc_id", "aws_route.gateway_id"]
  ignored_sinks = ["aws_route.route_table_id"]
  read_only_role_pattern = "^arn:aws:iam::[0-9]+:role/read-only$"`)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(table.Arguments("aws_route"), ","); got != "gateway_id" {
		t.Errorf("aws_route sinks = %s", got)
	}
	if got := table.Arguments("aws_vpc_peering_connection"); got[len(got)-1] != "accepter_vpc_id" {
		t.Errorf("extra sink missing: %v", got)
	}
	if !table.ReadOnlyRole().MatchString("arn:aws:iam::123:role/read-only") {
		t.Error("pattern")
	}
	if _, err := sinkTable(t, `  extra_sinks = ["route_table_id"]`); err == nil {
		t.Error("an invalid option must be an error of the table")
	}
}
