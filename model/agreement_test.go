package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/drguard/tflint-ruleset-drguard/loader"
)

// The trees under testdata/agreement are small module trees that use only Terraform's builtin
// terraform provider; generate.sh plans each one with Terraform, stores `terraform show -json`
// as <tree>/plan.json, applies the plan to a scratch state and stores the state's resources as
// <tree>/state.json. TestAgreementWithTerraform checks that drguard's resolution of the module
// tree binds every managed resource to the provider configuration Terraform names: the plan
// JSON's provider_config_key, unless the state shows Terraform used another configuration (the
// plan JSON keeps naming a module's empty proxy provider block that a passed configuration
// replaced; see proxyKeys). It needs neither Terraform nor TFLint.

const agreementDir = "testdata/agreement"

// agreementModel builds drguard's model of a root module from disk, the way build does through
// TFLint, but with the in-process evaluator drguard uses for child modules.
func agreementModel(t *testing.T, dir string) *Model {
	t.Helper()
	moduleSchema := schema(SinkTable{})
	lm, err := loader.NewCache(moduleSchema).Read(dir)
	if err != nil {
		t.Fatalf("read %s: %v", dir, err)
	}
	root, err := newModule(lm.Content, func(mod *Module) evaluator {
		return newChildEvaluator(mod, nil, nil, nil, dir)
	})
	if err != nil {
		t.Fatalf("analyse %s: %v", dir, err)
	}
	return newModel(root, config.Default(), dir, moduleSchema)
}

// planModule is the part of a plan JSON configuration module the comparison reads.
type planModule struct {
	Resources []struct {
		Address           string `json:"address"`
		Mode              string `json:"mode"`
		Type              string `json:"type"`
		Name              string `json:"name"`
		ProviderConfigKey string `json:"provider_config_key"`
	} `json:"resources"`
	ModuleCalls map[string]struct {
		Module planModule `json:"module"`
	} `json:"module_calls"`
}

// terraformKeys reads plan.json: absolute resource address -> provider_config_key, for every
// managed resource of every module.
func terraformKeys(t *testing.T, path string) map[string]string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run testdata/agreement/generate.sh)", err)
	}
	var plan struct {
		FormatVersion string `json:"format_version"`
		Configuration struct {
			RootModule planModule `json:"root_module"`
		} `json:"configuration"`
	}
	if err := json.Unmarshal(src, &plan); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if plan.FormatVersion == "" {
		t.Fatalf("%s: not a plan JSON document (no format_version)", path)
	}
	out := map[string]string{}
	var walk func(prefix string, mod planModule)
	walk = func(prefix string, mod planModule) {
		for _, r := range mod.Resources {
			if r.Mode != "managed" {
				continue
			}
			// Addresses inside module_calls are module-relative.
			if r.Address != r.Type+"."+r.Name {
				t.Errorf("%s: unexpected resource address %q for %s.%s", path, r.Address, r.Type, r.Name)
			}
			out[prefix+r.Address] = r.ProviderConfigKey
		}
		for name, call := range mod.ModuleCalls {
			walk(prefix+"module."+name+".", call.Module)
		}
	}
	walk("", plan.Configuration.RootModule)
	return out
}

// stateKeys reads state.json: absolute resource address (module instance keys dropped) -> the
// configuration Terraform used, in plan JSON's key form. Resources without instances (a module
// called with count = 0) are not in the state.
func stateKeys(t *testing.T, path string) map[string]string {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run testdata/agreement/generate.sh)", err)
	}
	var state struct {
		Resources []struct {
			Module   string `json:"module"`
			Mode     string `json:"mode"`
			Type     string `json:"type"`
			Name     string `json:"name"`
			Provider string `json:"provider"`
		} `json:"resources"`
	}
	if err := json.Unmarshal(src, &state); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string]string{}
	for _, r := range state.Resources {
		if r.Mode != "managed" {
			continue
		}
		addr := r.Type + "." + r.Name
		if r.Module != "" {
			addr = withoutInstanceKeys(r.Module) + "." + addr
		}
		key, ok := providerConfigKey(r.Provider)
		if !ok {
			t.Fatalf("%s: %s: cannot read provider address %q", path, addr, r.Provider)
		}
		if prev, seen := out[addr]; seen && prev != key {
			t.Errorf("%s: instances of %s use %s and %s", path, addr, prev, key)
		}
		out[addr] = key
	}
	return out
}

// sameConfiguration compares a plan JSON key with one read from the state, whose local name is
// the provider type: the same module and alias, the local name aside (a module cannot have two
// configurations of one provider with the same alias).
func sameConfiguration(planned, used string) bool {
	split := func(key string) (string, string) {
		owner, config, ok := strings.Cut(key, ":")
		if !ok {
			owner, config = "", key
		}
		_, alias, _ := strings.Cut(config, ".")
		return owner, alias
	}
	po, pa := split(planned)
	uo, ua := split(used)
	return po == uo && pa == ua
}

// withoutInstanceKeys turns module.a["x"].module.b[0] into module.a.module.b.
func withoutInstanceKeys(addr string) string {
	var b strings.Builder
	depth, quoted := 0, false
	for i := 0; i < len(addr); i++ {
		c := addr[i]
		switch {
		case quoted && c == '\\':
			i++
		case quoted:
			quoted = c != '"'
		case c == '"' && depth > 0:
			quoted = true
		case c == '[':
			depth++
		case c == ']':
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// providerConfigKey renders a state's absolute provider address the way plan JSON keys
// configurations: provider["terraform.io/builtin/terraform"].primary -> terraform.primary,
// module.legacy.provider["terraform.io/builtin/terraform"] -> module.legacy:terraform. The
// local name is taken to be the provider type (the state does not record it).
func providerConfigKey(addr string) (string, bool) {
	module, rest, ok := strings.Cut(addr, "provider[\"")
	if !ok {
		return "", false
	}
	fqn, alias, ok := strings.Cut(rest, "\"]")
	if !ok {
		return "", false
	}
	key := fqn[strings.LastIndex(fqn, "/")+1:]
	if alias != "" {
		if !strings.HasPrefix(alias, ".") {
			return "", false
		}
		key += alias
	}
	if module != "" {
		key = strings.TrimSuffix(module, ".") + ":" + key
	}
	return key, true
}

// drguardKeys renders drguard's binding of every managed resource the way plan JSON keys it:
// `terraform.primary` for a root configuration, `module.legacy:terraform` for one a child
// module declares itself.
func drguardKeys(t *testing.T, m *Model) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, b := range m.Blocks {
		if b.Kind == "resource" {
			out[b.Address()] = b.ProviderKey()
		}
	}
	for _, top := range m.Tree() {
		top.Walk(func(c *Child) {
			if c.Module == nil {
				t.Errorf("%s: drguard cannot inspect the module: %+v", c.Address, *c.Problem)
				return
			}
			for _, b := range c.Module.Blocks {
				if b.Kind != "resource" {
					continue
				}
				addr := c.Address + "." + b.Address()
				binding, ok := m.Bind(c, b, Instance{})
				switch {
				case !ok:
					out[addr] = "<unresolved " + b.ProviderKey() + ">"
				case binding.Ref != nil:
					out[addr] = binding.Ref.ConfigKey()
				case binding.Owned != nil:
					out[addr] = binding.Owner.Address + ":" + binding.Owned.Key()
				default:
					out[addr] = "<empty binding>"
				}
			}
		})
	}
	return out
}

func TestAgreementWithTerraform(t *testing.T) {
	entries, err := os.ReadDir(agreementDir)
	if err != nil {
		t.Fatal(err)
	}
	var trees []string
	for _, e := range entries {
		if e.IsDir() {
			trees = append(trees, e.Name())
		}
	}
	if len(trees) < 12 {
		t.Fatalf("%d module trees under %s, want at least 12", len(trees), agreementDir)
	}
	total := 0
	for _, tree := range trees {
		t.Run(tree, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join(agreementDir, tree))
			if err != nil {
				t.Fatal(err)
			}
			want := terraformKeys(t, filepath.Join(dir, "plan.json"))
			used := stateKeys(t, filepath.Join(dir, "state.json"))
			for a, key := range used {
				planned, ok := want[a]
				switch {
				case !ok:
					t.Errorf("%s: the state has managed resource %s, the plan JSON configuration does not", tree, a)
				case !sameConfiguration(planned, key):
					t.Logf("%s: %s: the plan JSON names %s, but Terraform used %s (the state)", tree, a, planned, key)
					want[a] = key
				}
			}
			got := drguardKeys(t, agreementModel(t, dir))
			addrs := map[string]bool{}
			for a := range want {
				addrs[a] = true
			}
			for a := range got {
				addrs[a] = true
			}
			sorted := make([]string, 0, len(addrs))
			for a := range addrs {
				sorted = append(sorted, a)
			}
			sort.Strings(sorted)
			compared := 0
			for _, a := range sorted {
				w, inPlan := want[a]
				g, inModel := got[a]
				switch {
				case !inModel:
					t.Errorf("%s: Terraform has managed resource %s (%s), drguard does not", tree, a, w)
				case !inPlan:
					t.Errorf("%s: drguard has managed resource %s (%s), Terraform does not", tree, a, g)
				case g != w:
					t.Errorf("%s: %s: drguard binds %s, Terraform %s", tree, a, g, w)
				default:
					compared++
				}
			}
			if len(want) == 0 {
				t.Errorf("%s: plan.json has no managed resources", tree)
			}
			t.Logf("%s: %d managed resources agree (%s)", tree, compared, strings.Join(sorted, ", "))
			total += compared
		})
	}
	t.Logf("total: %d managed resources agree across %d trees", total, len(trees))
	if total < 40 {
		t.Errorf("only %d managed resources compared, want at least 40", total)
	}
}
