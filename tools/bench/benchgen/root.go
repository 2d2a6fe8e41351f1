package benchgen

import "fmt"

// rootData is what the root module templates (templates/root) read.
type rootData struct {
	Dir, Service string
	// Google adds the google provider to required_providers, without a provider block.
	Google  bool
	Backend backendPlan
	// PrimaryRegion is the primary alias's region expression.
	PrimaryRegion string
	// ProviderRegion and Implicit are the planted provider_region and
	// provider_region_implicit forms, in order (their index names the provider alias).
	ProviderRegion, Implicit []string
	// RemoteStates is the number of terraform_remote_state reads of the primary (1-3);
	// SecurityState and DNSState name the ones the bridge's locals read.
	RemoteStates            int
	SecurityState, DNSState string
	OwnState                bool
	// CIDROctet is the second octet of the VPC's CIDR block.
	CIDROctet       int
	Storage, Routes bool
	// PrimaryModules and ModuleInputs index the planted primary_provider_module and
	// writable_remote_state module_input calls.
	PrimaryModules, ModuleInputs []int
}

// rootFiles are a root module's files but its resource files, each written from
// templates/root/NAME.tmpl, in order.
var rootFiles = []string{"versions.tf", "providers.tf", "variables.tf", "bridge.tf", "locals.tf", "data.tf", "modules.tf"}

// root writes one root module.
func (g *generator) root(r *rootPlan) {
	before := len(g.expected)
	d := rootData{
		Dir:            r.dir,
		Service:        r.service,
		Google:         contains(r.implicit, "required_provider_without_block"),
		Backend:        g.backend(r),
		PrimaryRegion:  "var.primary_region",
		ProviderRegion: r.providerRegion,
		Implicit:       r.implicit,
		RemoteStates:   r.remoteStates,
		SecurityState:  "network",
		DNSState:       "network",
		OwnState:       r.ownState,
		CIDROctet:      16 + r.index%200,
		Storage:        r.storage,
		Routes:         r.routes,
		PrimaryModules: indices(r.modules),
		ModuleInputs:   indices(r.moduleInputs),
	}
	if r.literalPrimary {
		d.PrimaryRegion = `"us-east-1"`
	}
	if r.remoteStates >= 2 {
		d.SecurityState = "security"
	}
	if r.remoteStates >= 3 {
		d.DNSState = "dns"
	}
	for _, name := range rootFiles {
		f := g.file(r.dir + "/" + name)
		g.expect(f, f.write(render("root/"+name+".tmpl", d)))
	}

	// Resource files: ResourcesPerFile resource blocks each (a group is not split), each
	// template followed by a blank line.
	var cur *tfFile
	inFile, files, seq := 0, 0, 0
	for _, it := range r.items {
		if cur == nil || inFile >= g.opts.ResourcesPerFile {
			files++
			cur = g.file(fmt.Sprintf("%s/stack_%02d.tf", r.dir, files))
			inFile = 0
		}
		seq++
		n := fmt.Sprintf("r%04d", seq)
		var text string
		if it.group != nil {
			text = it.group.text(n)
		} else {
			text = violationText(it.form, n)
		}
		g.expect(cur, cur.write(enrich(text, r.service)+"\n"))
		inFile += it.size()
		g.managed += it.size()
	}

	f := g.file(r.dir + "/outputs.tf")
	g.expect(f, f.write(render("root/outputs.tf.tmpl", d)))

	if got, want := len(g.expected)-before, r.planted(); got != want {
		panic(fmt.Sprintf("benchgen: %s: the templates mark %d findings, %d planted", r.dir, got, want))
	}
}

// indices returns 0, 1, ..., n-1.
func indices(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// backendPlan is a root's s3 backend and, when planted, its shared_backend form.
type backendPlan struct {
	Bucket, Key, Region, LockTable string
	Form                           string
}

func (g *generator) backend(r *rootPlan) backendPlan {
	b := backendPlan{Bucket: "dr-terraform-state", Key: r.service + "/" + r.dir + "/terraform.tfstate", Region: "us-west-2", LockTable: "dr-tf-locks", Form: r.backendForm}
	switch r.backendForm {
	case "same_storage":
		b.Bucket = "primary-terraform-state"
	case "primary_region":
		b.Bucket, b.Region = "dr-terraform-state-us-east-1", "us-east-1"
	case "lock_table":
		b.LockTable = "primary-tf-locks"
	}
	return b
}
