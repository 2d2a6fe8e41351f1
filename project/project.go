// Package project holds the plugin's identity: its version and where its rule docs live.
package project

import "fmt"

// Version is the plugin version. Releases stamp it from the git tag; Link() pins
// every rule's documentation to the same tag.
var Version = "0.1.0"

// ReferenceLink returns the documentation page of a rule, pinned to this release.
func ReferenceLink(name string) string {
	return fmt.Sprintf("https://github.com/drguard/tflint-ruleset-drguard/blob/v%s/docs/rules/%s.md", Version, name)
}
