package benchgen

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"strings"
	"text/template"
)

// templateFS holds the HCL the generator writes, as text/template templates named by their
// path under templates/: groups/NAME.tf.tmpl and violations/FORM.tf.tmpl (resource blocks
// named by {{.N}}), root/FILE.tmpl (a root module's files but its resource files) and
// enrich/ (what enrich adds to resource blocks). A template marks the line of a planted
// violation's finding with {{mark "FORM"}} at the line's end.
//
//go:embed templates
var templateFS embed.FS

var templates = template.Must(parseTemplates())

func parseTemplates() (*template.Template, error) {
	t := template.New("").Funcs(template.FuncMap{"mark": func(form string) string { return mark + form }})
	err := fs.WalkDir(templateFS, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := templateFS.ReadFile(path)
		if err != nil {
			return err
		}
		_, err = t.New(strings.TrimPrefix(path, "templates/")).Parse(string(src))
		return err
	})
	return t, err
}

// render executes a template, named by its path under templates/.
func render(name string, data any) string {
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		panic(fmt.Sprintf("benchgen: %v", err))
	}
	return b.String()
}

// named is the data of a group or violation template: the suffix N of its blocks' names.
type named struct{ N string }

// group is a template of clean, related resource blocks (a bucket and its settings, a load
// balancer with its target group and listener), templates/groups/NAME.tf.tmpl. Clean means:
// no drguard rule reports it. Values read from the primary's remote state appear only in
// arguments that do not select a target (CIDR blocks, peer IDs, tags, parameter values),
// regions and zones are DR ones, and nothing names the primary's state bucket or lock table.
// size is its number of resource blocks, weight how often it is picked.
type group struct {
	name   string
	size   int
	weight int
}

func (g *group) text(n string) string { return render("groups/"+g.name+".tf.tmpl", named{n}) }

var groups = []group{
	{"s3_bucket_set", 4, 6},
	{"s3_lifecycle", 2, 3},
	{"kms", 2, 3},
	{"security_group", 2, 5},
	{"instances", 1, 4},
	{"load_balancer", 3, 4},
	{"dynamodb", 1, 4},
	{"queues", 1, 4},
	{"topic", 2, 3},
	{"iam_role", 2, 4},
	{"lambda", 1, 3},
	{"logs", 2, 4},
	{"dns", 2, 3},
	{"volumes", 1, 3},
	{"volume", 1, 3},
	{"registry", 2, 2},
	{"secret", 1, 2},
	{"parameter", 1, 3},
	{"route", 1, 2},
	{"autoscaling", 2, 3},
	{"database", 2, 2},
	{"log_group", 1, 2},
	{"policy", 1, 2},
}

// violations are the per-resource planted shapes (forms), by rule: templates/violations/
// FORM.tf.tmpl, one managed resource that violates exactly one rule, once, and marks the line
// where the finding's range starts.
var violations = map[string][]string{
	RulePrimaryProviderResource: {"provider_primary_alias", "provider_primary_alias_count", "provider_primary_alias_for_each"},
	RuleResourceRegion:          {"region_literal", "availability_zone_literal", "replica_block", "region_variable", "secret_replica"},
	RuleWritableRemoteState:     {"route_table_via_local", "security_group_via_local", "zone_via_local", "bucket_policy_direct", "state_bucket_literal", "role_via_local"},
}

// violationText renders a violation form's resource block, named by n.
func violationText(form, n string) string {
	return render("violations/"+form+".tf.tmpl", named{n})
}

// rootForms are the forms planted in a root module's files other than its resource files, by
// rule (the templates under templates/root mark them).
var rootForms = map[string][]string{
	RuleSharedBackend:          {"lock_table", "same_storage", "primary_region"},
	RuleProviderRegion:         {"third_region_literal", "third_region_variable"},
	RuleProviderRegionImplicit: {"alias_without_region", "required_provider_without_block"},
	RulePrimaryProviderModule:  {"providers_map_primary_default"},
	RuleWritableRemoteState:    {"own_state", "module_input"},
}

// ruleOf is the rule of every form.
var ruleOf = func() map[string]string {
	out := map[string]string{}
	for _, table := range []map[string][]string{violations, rootForms} {
		for rule, forms := range table {
			for _, form := range forms {
				if out[form] != "" {
					panic("benchgen: form " + form + " belongs to two rules")
				}
				out[form] = rule
			}
		}
	}
	return out
}()

// tagsLine is a resource's plain `tags = local.common_tags`.
var tagsLine = regexp.MustCompile(`(?m)^  tags( *)= local\.common_tags\n`)

// resourceHeader is the first line of a resource block.
var resourceHeader = regexp.MustCompile(`(?m)^resource "([a-z0-9_]+)" "([a-z0-9_]+)" \{\n`)

// enrich gives the resource blocks of a template what real configurations carry besides
// their arguments (templates/enrich): a comment, a tag map of their own, and a lifecycle
// block on stateful resources. None of it is read by drguard's rules; it is there for size
// and parse cost.
func enrich(text, service string) string {
	text = resourceHeader.ReplaceAllStringFunc(text, func(h string) string {
		m := resourceHeader.FindStringSubmatch(h)
		return render("enrich/comment.tf.tmpl", struct{ Type, Name, Service string }{m[1], m[2], service}) + h
	})
	return tagsLine.ReplaceAllLiteralString(text, render("enrich/tags.tf.tmpl", struct{ Service string }{service}))
}
