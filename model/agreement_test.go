package model

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/drguard/tflint-ruleset-drguard/config"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// The trees under testdata/agreement are small module trees that use only Terraform's builtin
// terraform provider; generate.sh plans each one with Terraform and stores `terraform show
// -json` as <tree>/plan.json. TestAgreementWithTerraform checks that drguard's resolution of
// the module tree binds every managed resource to the provider configuration Terraform's plan
// JSON names in its provider_config_key. It needs neither Terraform nor TFLint.

const agreementDir = "testdata/agreement"

// agreementModel builds drguard's model of a root module from disk, the way Build does through
// TFLint, but with the in-process evaluator drguard uses for child modules.
func agreementModel(t *testing.T, dir string) *Model {
	t.Helper()
	body, err := parseModuleDir(dir)
	if err != nil {
		t.Fatalf("parse %s: %v", dir, err)
	}
	content, diags := hclext.PartialContent(body, schema(SinkTable{}.schemaArguments()))
	if diags.HasErrors() {
		t.Fatalf("read %s: %v", dir, diags)
	}
	e := newStaticEvaluator(nil, nil, dir)
	root, err := newModule(content, e)
	if err != nil {
		t.Fatalf("analyse %s: %v", dir, err)
	}
	e.mod = root
	return newModel(root, config.Default(), dir)
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
				t.Errorf("%s: drguard cannot inspect the module: %s", c.Address, c.Problem)
				return
			}
			for _, b := range c.Module.Blocks {
				if b.Kind != "resource" {
					continue
				}
				addr := c.Address + "." + b.Address()
				binding, ok := m.Bind(c, b)
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
