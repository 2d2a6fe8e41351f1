package model

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/config"
)

// sinkArguments is the data table of drguard_writable_remote_state: per resource type, the
// arguments that select the existing object a managed resource creates in or modifies (a path
// through nested blocks where the argument is nested: rule.destination.bucket). A value from a
// primary object in one of them makes the DR configuration write to a primary object.
// peer_*, remote_* and source_* arguments, replication sources and memberships, the far end of
// a link or attachment, CIDR lists, tags and descriptions are never sinks.
var sinkArguments = map[string][]string{
	// AWS networking
	"aws_route":                           {"route_table_id"},
	"aws_route_table":                     {"vpc_id"},
	"aws_route_table_association":         {"route_table_id", "subnet_id", "gateway_id"},
	"aws_main_route_table_association":    {"vpc_id", "route_table_id"},
	"aws_default_route_table":             {"default_route_table_id"},
	"aws_subnet":                          {"vpc_id"},
	"aws_security_group":                  {"vpc_id"},
	"aws_security_group_rule":             {"security_group_id"},
	"aws_vpc_security_group_ingress_rule": {"security_group_id"},
	"aws_vpc_security_group_egress_rule":  {"security_group_id"},
	"aws_network_acl":                     {"vpc_id"},
	"aws_network_acl_rule":                {"network_acl_id"},
	"aws_internet_gateway":                {"vpc_id"},
	"aws_internet_gateway_attachment":     {"vpc_id"},
	"aws_egress_only_internet_gateway":    {"vpc_id"},
	"aws_nat_gateway":                     {"subnet_id"},
	"aws_vpc_endpoint":                    {"vpc_id"},
	"aws_vpc_ipv4_cidr_block_association": {"vpc_id"},
	"aws_vpn_gateway_attachment":          {"vpc_id"},
	"aws_network_interface":               {"subnet_id"},
	"aws_network_interface_sg_attachment": {"network_interface_id", "security_group_id"},
	"aws_instance":                        {"subnet_id"},
	"aws_eip_association":                 {"instance_id", "network_interface_id"},
	"aws_volume_attachment":               {"instance_id"},
	"aws_ec2_tag":                         {"resource_id"},
	"aws_route53_record":                  {"zone_id"},
	"aws_route53_zone_association":        {"zone_id"},
	"aws_lb_listener":                     {"load_balancer_arn"},
	"aws_lb_listener_rule":                {"listener_arn"},
	"aws_lb_target_group_attachment":      {"target_group_arn", "target_id"},
	"aws_autoscaling_attachment":          {"autoscaling_group_name"},
	// AWS storage, data and messaging
	"aws_s3_object":                     {"bucket"},
	"aws_s3_object_copy":                {"bucket"},
	"aws_dynamodb_table_item":           {"table_name"},
	"aws_sns_topic_subscription":        {"topic_arn"},
	"aws_sns_topic_policy":              {"arn"},
	"aws_sqs_queue_policy":              {"queue_url"},
	"aws_lambda_permission":             {"function_name"},
	"aws_kms_grant":                     {"key_id"},
	"aws_secretsmanager_secret_version": {"secret_id"},
	"aws_secretsmanager_secret_policy":  {"secret_arn"},
	"aws_cloudwatch_log_stream":         {"log_group_name"},
	"aws_ecr_repository_policy":         {"repository"},
	"aws_ecr_lifecycle_policy":          {"repository"},
	// A copy or replication writes into its destination.
	"aws_s3_bucket_replication_configuration": {"bucket", "rule.destination.bucket"},
	"aws_backup_plan":                         {"rule.copy_action.destination_vault_arn"},
	// AWS IAM
	"aws_iam_role_policy_attachment":  {"role"},
	"aws_iam_role_policy":             {"role"},
	"aws_iam_user_policy_attachment":  {"user"},
	"aws_iam_group_policy_attachment": {"group"},
	// Google (not `network`: VPC networks are global, and a DR subnet in a shared network is
	// the normal design; those types have no sinks, and no fallback ones)
	"google_compute_subnetwork":         {},
	"google_compute_firewall":           {},
	"google_compute_route":              {},
	"google_storage_bucket_object":      {"bucket"},
	"google_storage_bucket_iam_member":  {"bucket"},
	"google_storage_bucket_iam_binding": {"bucket"},
	"google_storage_bucket_iam_policy":  {"bucket"},
	"google_dns_record_set":             {"managed_zone"},
	"google_pubsub_subscription":        {"topic"},
	// AzureRM
	"azurerm_subnet":                                    {"virtual_network_name"},
	"azurerm_virtual_network_peering":                   {"virtual_network_name"},
	"azurerm_network_security_rule":                     {"network_security_group_name"},
	"azurerm_route":                                     {"route_table_name"},
	"azurerm_storage_container":                         {"storage_account_name"},
	"azurerm_storage_blob":                              {"storage_account_name", "storage_container_name"},
	"azurerm_dns_a_record":                              {"zone_name"},
	"azurerm_private_dns_a_record":                      {"zone_name"},
	"azurerm_subnet_network_security_group_association": {"subnet_id", "network_security_group_id"},
	"azurerm_mssql_database":                            {"server_id"},
	"azurerm_mssql_failover_group":                      {"server_id"},
	"azurerm_postgresql_flexible_server_database":       {"server_id"},
}

// sinkPrefixes give the sink arguments of whole families: every aws_s3_bucket_* resource
// (policy, versioning, lifecycle...) configures the bucket named by its `bucket`.
var sinkPrefixes = map[string][]string{
	"aws_s3_bucket_": {"bucket"},
}

// fallbackSinks are the sink arguments, by name, of resource types the table does not know.
var fallbackSinks = []string{
	"route_table_id", "security_group_id", "vpc_id", "subnet_id", "zone_id", "bucket",
	"table_name", "resource_id", "target_group_arn", "listener_arn", "topic_arn",
}

// createdNames are the arguments that name a bucket or table a resource creates: with the
// name of the primary's state bucket or lock table, it would take over the primary's state.
var createdNames = map[string][]string{
	"aws_s3_bucket":             {"bucket"},
	"aws_dynamodb_table":        {"name"},
	"google_storage_bucket":     {"name"},
	"azurerm_storage_account":   {"name"},
	"azurerm_storage_container": {"name"},
}

// SinkTable is the sink data table adjusted by the drguard_writable_remote_state rule's
// options.
type SinkTable struct {
	options config.WritableOptions
}

// ReadOnlyRole is read_only_role_pattern; nil when not set.
func (t SinkTable) ReadOnlyRole() *regexp.Regexp { return t.options.ReadOnlyRole }

// Arguments returns the sink arguments of a resource type. A type that creates a named bucket
// or table (createdNames) has no fallback sinks: its name argument names what it creates.
func (t SinkTable) Arguments(resourceType string) []string {
	args, known := sinkArguments[resourceType]
	if _, creates := createdNames[resourceType]; creates {
		known = true
	}
	if !known {
		for prefix, a := range sinkPrefixes {
			if strings.HasPrefix(resourceType, prefix) {
				args, known = a, true
			}
		}
	}
	if !known {
		args = fallbackSinks
	}
	var out []string
	for _, a := range append(append([]string{}, args...), t.options.ExtraSinks[resourceType]...) {
		if !t.options.IgnoredSinks[resourceType+"."+a] {
			out = append(out, a)
		}
	}
	return out
}

// Targets returns the arguments of a resource type that name a bucket or table it writes to
// or creates: its sink arguments and the name of what it creates.
func (t SinkTable) Targets(resourceType string) []string {
	return append(t.Arguments(resourceType), createdNames[resourceType]...)
}

// schemaArguments lists every argument any sink or target can have: top-level names, and
// paths through nested blocks.
func (t SinkTable) schemaArguments() ([]string, []nestedPath) {
	var all []string
	for _, args := range sinkArguments {
		all = append(all, args...)
	}
	for _, args := range sinkPrefixes {
		all = append(all, args...)
	}
	for _, args := range createdNames {
		all = append(all, args...)
	}
	for _, args := range t.options.ExtraSinks {
		all = append(all, args...)
	}
	all = append(all, fallbackSinks...)
	sort.Strings(all)
	var top []string
	var nested []nestedPath
	for _, a := range slices.Compact(all) {
		if strings.Contains(a, ".") {
			nested = append(nested, strings.Split(a, "."))
		} else {
			top = append(top, a)
		}
	}
	return top, nested
}
