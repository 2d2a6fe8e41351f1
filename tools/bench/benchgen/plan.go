package benchgen

import (
	"fmt"
	"math"
)

// rootPlan is what one root module gets: its shape and the violations planted in it.
type rootPlan struct {
	index   int
	dir     string
	service string
	// remoteStates is how many terraform_remote_state blocks read the primary (1-3).
	remoteStates int
	// literalPrimary writes the primary alias's region as a literal, else var.primary_region.
	literalPrimary bool
	// storage and routes add calls of the storage and routes modules.
	storage, routes bool
	// items are the resource blocks, in order: clean groups and planted violations.
	items []item

	backendForm    string
	providerRegion []string
	implicit       []string
	modules        int
	moduleInputs   int
	ownState       bool
}

// item is a clean template group, or one planted violating resource (its form).
type item struct {
	group *group
	form  string
}

func (it item) size() int {
	if it.group != nil {
		return it.group.size
	}
	return 1
}

var services = []string{"orders", "payments", "catalog", "search", "identity", "ledger", "notify", "media", "reports", "gateway"}

// count is the number of planted violations of a rule with the given number of forms, for a
// fraction of n opportunities: at least one of each form.
func count(frac float64, n, forms int) int {
	return max(forms, int(math.Round(frac*float64(n))))
}

// plan decides every root's shape and spreads the planted violations over the roots.
func (g *generator) plan() {
	n := g.opts.Roots
	for i := 0; i < n; i++ {
		g.roots = append(g.roots, &rootPlan{
			index:          i,
			dir:            fmt.Sprintf("dr-%03d", i),
			service:        services[i%len(services)],
			remoteStates:   1 + g.rng.IntN(3),
			literalPrimary: g.rng.IntN(3) == 0,
			storage:        g.rng.IntN(2) == 0,
			routes:         g.rng.IntN(3) != 0,
		})
	}
	order := g.rng.Perm(n)
	pick := func(k int) *rootPlan { return g.roots[order[k%n]] }

	// Per-configuration rules. shared_backend: one backend per root, so at most n.
	backendForms := rootForms[RuleSharedBackend]
	for k := 0; k < min(n, count(g.opts.RootViolations, n, len(backendForms))); k++ {
		pick(k).backendForm = backendForms[k%len(backendForms)]
	}
	// writable_remote_state (own state): its self-read mirrors the root's backend, which must
	// not itself be primary (or it would become a primary state location and change what
	// shared_backend reports); lock_table backends are fine.
	own := count(g.opts.RootViolations, n, 1)
	for k := 0; k < n && own > 0; k++ {
		r := g.roots[order[(k+n/2)%n]]
		if r.backendForm == "" || r.backendForm == "lock_table" {
			r.ownState = true
			own--
		}
	}
	prForms := rootForms[RuleProviderRegion]
	for k := 0; k < count(g.opts.RootViolations, n, len(prForms)); k++ {
		r := pick(k + 1)
		r.providerRegion = append(r.providerRegion, prForms[k%len(prForms)])
	}
	// provider_region_implicit: an aliased provider without region, or a regional provider
	// used without any block (at most once per root: it is reported at its one entry).
	for k := 0; k < count(g.opts.RootViolations, n, 2); k++ {
		r := pick(k + 2)
		form := "alias_without_region"
		if k%2 == 1 && !contains(r.implicit, "required_provider_without_block") {
			form = "required_provider_without_block"
		}
		r.implicit = append(r.implicit, form)
	}
	for k := 0; k < count(g.opts.RootViolations, n, 1); k++ {
		pick(k+3).modules++
	}
	for k := 0; k < count(g.opts.RootViolations, n, 1); k++ {
		pick(k+4).moduleInputs++
	}

	// Per-resource rules: spread over the roots, at most half of a root's resources.
	perRoot := make([][]string, n)
	total := g.opts.Resources * n
	for _, rule := range []string{RulePrimaryProviderResource, RuleResourceRegion, RuleWritableRemoteState} {
		forms := violations[rule]
		for k := 0; k < count(g.opts.ResourceViolations, total, len(forms)); k++ {
			i := g.rng.IntN(n)
			for tries := 0; len(perRoot[i]) >= g.opts.Resources/2 && tries < n; tries++ {
				i = (i + 1) % n
			}
			if len(perRoot[i]) >= max(1, g.opts.Resources/2) {
				continue
			}
			perRoot[i] = append(perRoot[i], forms[k%len(forms)])
		}
	}
	for i, r := range g.roots {
		clean := g.opts.Resources - len(perRoot[i])
		var items []item
		for clean > 0 {
			grp := g.pickGroup(clean)
			items = append(items, item{group: grp})
			clean -= grp.size
		}
		for _, form := range perRoot[i] {
			at := g.rng.IntN(len(items) + 1)
			items = append(items[:at], append([]item{{form: form}}, items[at:]...)...)
		}
		r.items = items
	}
}

// pickGroup picks a clean group of at most room resources, by weight.
func (g *generator) pickGroup(room int) *group {
	total := 0
	for i := range groups {
		if groups[i].size <= room {
			total += groups[i].weight
		}
	}
	x := g.rng.IntN(total)
	for i := range groups {
		if groups[i].size > room {
			continue
		}
		if x < groups[i].weight {
			return &groups[i]
		}
		x -= groups[i].weight
	}
	panic("unreachable")
}

// planted is the number of findings the root's files must mark.
func (r *rootPlan) planted() int {
	n := len(r.providerRegion) + len(r.implicit) + r.modules + r.moduleInputs
	if r.backendForm != "" {
		n++
	}
	if r.ownState {
		n++
	}
	for _, it := range r.items {
		if it.group == nil {
			n++
		}
	}
	return n
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
