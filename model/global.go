package model

import "strings"

// globalServices are the resource type prefixes of global services, which live in no region
// (SPEC §1): never primary-bound by region, though still primary when bound to a primary-named
// configuration, and still primary objects when read through a primary configuration.
// notGlobal lists the regional families under those prefixes.
var (
	globalServices = []string{
		"aws_iam_", "aws_route53_", "aws_cloudfront_", "aws_organizations_", "aws_globalaccelerator_", "aws_budgets_",
		"google_dns_", "google_project", "google_service_account", "google_organization_", "google_folder",
	}
	notGlobal = []string{"aws_route53_resolver_"}
)

// GlobalService reports whether a resource type belongs to a global service.
func GlobalService(resourceType string) bool {
	for _, p := range notGlobal {
		if strings.HasPrefix(resourceType, p) {
			return false
		}
	}
	for _, p := range globalServices {
		if strings.HasPrefix(resourceType, p) {
			return true
		}
	}
	// google_*_iam_* (google_storage_bucket_iam_member, google_project_iam_binding...)
	return strings.HasPrefix(resourceType, "google_") && strings.Contains(resourceType, "_iam_")
}
