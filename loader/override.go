package loader

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/zclconf/go-cty/cty"
)

// MergeOverrides merges the content of one override file into the primary content in place,
// as Terraform merges override files
// (https://developer.hashicorp.com/terraform/language/files/override#merging-behavior).
// Call it once per override file, in lexical order of the file names; within a file, blocks
// are merged in order, so a later override of the same object wins.
//
// Blocks match the primary block Terraform would merge them into:
//   - resource, data, module, variable, output (and action) blocks by type and labels;
//   - provider blocks by name and alias (the `alias` attribute, a string or a keyword; none
//     for the default configuration), so an override of aws.logs never lands on the default
//     aws. The schema must request `alias` in provider blocks (NewCache adds it);
//   - each local value of a locals block by name, wherever the primary defines it;
//   - terraform blocks: required_providers entries by provider local name; a backend, cloud
//     or state_store block replaces every backend, cloud and state_store block of the primary
//     (they are mutually exclusive); other arguments (required_version) replace the primary's.
//
// Within a matched block, each argument of the override replaces the primary's; each nested
// block type the override has (a literal block of type T, or a `dynamic "T"` block) replaces
// all of the primary's T and `dynamic "T"` blocks, and other nested types stay. A resource's or
// data source's lifecycle block merges argument by argument instead (its precondition and
// postcondition blocks are the primary's: Terraform ignores an override's). A variable's
// validation blocks and an output's precondition blocks are the primary's too, for the same
// reason. For `dynamic` blocks to replace literal ones, the schema must request `dynamic`
// blocks (labels: the block type) where it requests the literal type.
//
// Where Terraform rejects an override file, MergeOverrides does not fail, and keeps what the
// override says:
//   - an override block with no primary block to merge into (Terraform: "Missing resource to
//     override" and the like) is appended as is; so is an override of a default provider
//     configuration without a primary block, which Terraform accepts as the configuration;
//   - import and moved blocks, which Terraform does not allow in override files, are appended
//     as is, so that a write an import block would make is still seen; so is a block of a type
//     MergeOverrides does not know.
//
// check, removed and ephemeral blocks in override files are dropped: Terraform (through 1.13)
// parses them and then ignores them. Other nested blocks of a terraform block (provider_meta)
// are dropped likewise.
//
// The override content is copied: no later merge changes it.
func MergeOverrides(primary, override *hclext.BodyContent) {
	if primary == nil || override == nil {
		return
	}
	override = copyContent(override)
	if primary.Attributes == nil {
		primary.Attributes = hclext.Attributes{}
	}
	for name, attr := range override.Attributes {
		primary.Attributes[name] = attr
	}
	var terraform []*hclext.Block
	for _, ob := range override.Blocks {
		if ob == nil {
			continue
		}
		switch ob.Type {
		case "resource", "data":
			if pb := findBlock(primary.Blocks, ob); pb != nil {
				mergeResource(bodyOf(pb), ob.Body)
				continue
			}
		case "module", "action":
			if pb := findBlock(primary.Blocks, ob); pb != nil {
				mergeBody(bodyOf(pb), ob.Body)
				continue
			}
		case "variable", "output":
			if pb := findBlock(primary.Blocks, ob); pb != nil {
				mergeAttributes(bodyOf(pb), ob.Body)
				continue
			}
		case "provider":
			if pb := findProvider(primary.Blocks, ob); pb != nil {
				mergeBody(bodyOf(pb), ob.Body)
				continue
			}
		case "locals":
			ob = mergeLocals(primary.Blocks, ob)
			if ob == nil {
				continue
			}
		case "terraform":
			terraform = append(terraform, ob)
			continue
		case "check", "removed", "ephemeral":
			continue
		}
		primary.Blocks = append(primary.Blocks, ob)
	}
	mergeTerraform(primary, terraform)
}

// findBlock returns the first primary block with the type and labels of an override block.
func findBlock(blocks hclext.Blocks, ob *hclext.Block) *hclext.Block {
	for _, b := range blocks {
		if b != nil && b.Type == ob.Type && sameLabels(b.Labels, ob.Labels) {
			return b
		}
	}
	return nil
}

func sameLabels(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// findProvider returns the first primary provider block with the name and alias of an
// override block. A block whose alias is not a static string matches nothing.
func findProvider(blocks hclext.Blocks, ob *hclext.Block) *hclext.Block {
	key, ok := providerKeyOf(ob)
	if !ok {
		return nil
	}
	for _, b := range blocks {
		if b == nil || b.Type != "provider" {
			continue
		}
		if k, ok := providerKeyOf(b); ok && k == key {
			return b
		}
	}
	return nil
}

// bodyOf returns a block's body, made empty when it is nil, with an attribute map.
func bodyOf(b *hclext.Block) *hclext.BodyContent {
	if b.Body == nil {
		b.Body = &hclext.BodyContent{}
	}
	if b.Body.Attributes == nil {
		b.Body.Attributes = hclext.Attributes{}
	}
	return b.Body
}

// providerKeyOf is the key ("aws", "aws.east") of a provider block of content.
func providerKeyOf(b *hclext.Block) (string, bool) {
	if len(b.Labels) == 0 {
		return "", false
	}
	var alias hcl.Expression
	if b.Body != nil {
		if a := b.Body.Attributes["alias"]; a != nil {
			alias = a.Expr
		}
	}
	return providerKey(b.Labels[0], alias)
}

// providerKey is the key of a provider configuration: its name, and ".alias" when alias is
// set. The alias must be a static string ("east") or a keyword (east); any other expression
// is not a valid alias, and ok is false.
func providerKey(name string, alias hcl.Expression) (key string, ok bool) {
	if alias == nil {
		return name, true
	}
	if kw := hcl.ExprAsKeyword(alias); kw != "" {
		return name + "." + kw, true
	}
	v, diags := alias.Value(nil)
	if diags.HasErrors() || !v.IsWhollyKnown() || v.IsNull() || !v.Type().Equals(cty.String) {
		return "", false
	}
	return name + "." + v.AsString(), true
}

// mergeAttributes replaces the primary's arguments with the override's; nested blocks stay.
func mergeAttributes(dst, src *hclext.BodyContent) {
	if src == nil {
		return
	}
	if dst.Attributes == nil {
		dst.Attributes = hclext.Attributes{}
	}
	for name, attr := range src.Attributes {
		dst.Attributes[name] = attr
	}
}

// mergeBody is Terraform's shallow merge of two bodies: arguments replace arguments, and each
// nested block type of the override replaces all blocks of that type, literal or dynamic.
func mergeBody(dst, src *hclext.BodyContent) {
	if src == nil {
		return
	}
	mergeAttributes(dst, src)
	replaceBlocks(dst, src.Blocks)
}

// replaceBlocks puts blocks in place of every block of dst of their types.
func replaceBlocks(dst *hclext.BodyContent, blocks hclext.Blocks) {
	if len(blocks) == 0 {
		return
	}
	replaced := map[string]bool{}
	for _, b := range blocks {
		if b != nil {
			replaced[nestedType(b)] = true
		}
	}
	kept := make(hclext.Blocks, 0, len(dst.Blocks)+len(blocks))
	for _, b := range dst.Blocks {
		if b != nil && !replaced[nestedType(b)] {
			kept = append(kept, b)
		}
	}
	for _, b := range blocks {
		if b != nil {
			kept = append(kept, b)
		}
	}
	dst.Blocks = kept
}

// nestedType is the type of block a nested block makes: the label of a dynamic block.
func nestedType(b *hclext.Block) string {
	if b.Type == "dynamic" && len(b.Labels) > 0 {
		return b.Labels[0]
	}
	return b.Type
}

// mergeResource merges a resource or data block: as mergeBody, but lifecycle merges argument
// by argument.
func mergeResource(dst, src *hclext.BodyContent) {
	if src == nil {
		return
	}
	mergeAttributes(dst, src)
	var others hclext.Blocks
	for _, b := range src.Blocks {
		if b == nil {
			continue
		}
		if b.Type != "lifecycle" {
			others = append(others, b)
			continue
		}
		var target *hclext.Block
		for _, pb := range dst.Blocks {
			if pb != nil && pb.Type == "lifecycle" {
				target = pb
				break
			}
		}
		if target == nil {
			// No lifecycle to merge into: the override's arguments make one. Its conditions
			// are ignored, as they would be in a merge.
			target = &hclext.Block{Type: b.Type, Labels: b.Labels, Body: &hclext.BodyContent{}, DefRange: b.DefRange, TypeRange: b.TypeRange, LabelRanges: b.LabelRanges}
			dst.Blocks = append(dst.Blocks, target)
		}
		mergeAttributes(bodyOf(target), b.Body)
	}
	replaceBlocks(dst, others)
}

// mergeLocals replaces each primary local value an override locals block defines, and returns
// a block of the values no primary block defines (nil when there are none).
func mergeLocals(blocks hclext.Blocks, ob *hclext.Block) *hclext.Block {
	if ob.Body == nil {
		return nil
	}
	unmatched := hclext.Attributes{}
	for name, attr := range ob.Body.Attributes {
		found := false
		for _, b := range blocks {
			if b == nil || b.Type != "locals" || b.Body == nil {
				continue
			}
			if _, ok := b.Body.Attributes[name]; ok {
				b.Body.Attributes[name] = attr
				found = true
				break
			}
		}
		if !found {
			unmatched[name] = attr
		}
	}
	if len(unmatched) == 0 {
		return nil
	}
	ob.Body.Attributes = unmatched
	return ob
}

// stateBlocks are the nested blocks of a terraform block that say where state lives; a module
// has at most one of them.
var stateBlocks = map[string]bool{"backend": true, "cloud": true, "state_store": true}

// mergeTerraform merges the terraform blocks of one override file.
func mergeTerraform(primary *hclext.BodyContent, overrides hclext.Blocks) {
	if len(overrides) == 0 {
		return
	}
	var targets hclext.Blocks
	for _, b := range primary.Blocks {
		if b != nil && b.Type == "terraform" {
			bodyOf(b)
			targets = append(targets, b)
		}
	}
	// first is where what the primary lacks goes: its first terraform block, or a new one.
	first := func() *hclext.BodyContent {
		if len(targets) == 0 {
			ob := overrides[0]
			nb := &hclext.Block{Type: ob.Type, Labels: ob.Labels, Body: &hclext.BodyContent{Attributes: hclext.Attributes{}}, DefRange: ob.DefRange, TypeRange: ob.TypeRange, LabelRanges: ob.LabelRanges}
			primary.Blocks = append(primary.Blocks, nb)
			targets = hclext.Blocks{nb}
		}
		return targets[0].Body
	}

	var state map[string]*hclext.Block
	for _, ob := range overrides {
		if ob.Body == nil {
			continue
		}
		for name, attr := range ob.Body.Attributes {
			placed := false
			for _, t := range targets {
				if _, ok := t.Body.Attributes[name]; !ok {
					continue
				}
				if placed {
					delete(t.Body.Attributes, name)
				} else {
					t.Body.Attributes[name] = attr
					placed = true
				}
			}
			if !placed {
				first().Attributes[name] = attr
			}
		}
		for _, nb := range ob.Body.Blocks {
			if nb == nil {
				continue
			}
			switch {
			case nb.Type == "required_providers":
				mergeRequiredProviders(targets, first, nb)
			case stateBlocks[nb.Type]:
				// Terraform allows one of each type per override file; the first counts.
				if state == nil {
					state = map[string]*hclext.Block{}
				}
				if state[nb.Type] == nil {
					state[nb.Type] = nb
				}
			}
		}
	}
	// Terraform applies a file's backend, then its state_store, then its cloud block, each
	// replacing the others: the last present wins.
	var chosen *hclext.Block
	for _, t := range []string{"backend", "state_store", "cloud"} {
		if state[t] != nil {
			chosen = state[t]
		}
	}
	if chosen == nil {
		return
	}
	for _, t := range targets {
		kept := t.Body.Blocks[:0:0]
		for _, b := range t.Body.Blocks {
			if b != nil && !stateBlocks[b.Type] {
				kept = append(kept, b)
			}
		}
		t.Body.Blocks = kept
	}
	body := first()
	body.Blocks = append(body.Blocks, chosen)
}

// mergeRequiredProviders replaces each required_providers entry of the primary that the
// override names, and adds the others to the primary's (first) required_providers block.
func mergeRequiredProviders(targets hclext.Blocks, first func() *hclext.BodyContent, ob *hclext.Block) {
	if ob.Body == nil {
		return
	}
	for name, attr := range ob.Body.Attributes {
		var rps []*hclext.Block
		for _, t := range targets {
			for _, b := range t.Body.Blocks {
				if b != nil && b.Type == "required_providers" {
					bodyOf(b)
					rps = append(rps, b)
				}
			}
		}
		placed := false
		for _, rp := range rps {
			if _, ok := rp.Body.Attributes[name]; ok {
				rp.Body.Attributes[name] = attr
				placed = true
				break
			}
		}
		if placed {
			continue
		}
		if len(rps) == 0 {
			body := first()
			nb := &hclext.Block{Type: ob.Type, Labels: ob.Labels, Body: &hclext.BodyContent{Attributes: hclext.Attributes{}}, DefRange: ob.DefRange, TypeRange: ob.TypeRange, LabelRanges: ob.LabelRanges}
			body.Blocks = append(body.Blocks, nb)
			rps = append(rps, nb)
		}
		rps[0].Body.Attributes[name] = attr
	}
}

// copyContent copies a body content deeply (expressions are shared: they are not changed).
func copyContent(c *hclext.BodyContent) *hclext.BodyContent {
	if c == nil {
		return nil
	}
	out := &hclext.BodyContent{Attributes: make(hclext.Attributes, len(c.Attributes))}
	for name, attr := range c.Attributes {
		if attr != nil {
			attr = attr.Copy()
		}
		out.Attributes[name] = attr
	}
	if c.Blocks != nil {
		out.Blocks = make(hclext.Blocks, len(c.Blocks))
		for i, b := range c.Blocks {
			if b != nil {
				b = &hclext.Block{
					Type:        b.Type,
					Labels:      append([]string(nil), b.Labels...),
					Body:        copyContent(b.Body),
					DefRange:    b.DefRange,
					TypeRange:   b.TypeRange,
					LabelRanges: append([]hcl.Range(nil), b.LabelRanges...),
				}
			}
			out.Blocks[i] = b
		}
	}
	return out
}
