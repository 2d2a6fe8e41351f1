// Package locate finds where a plan's findings come from in the configuration: the .tf file
// and line of the resource block, or of the import block for an import, in the directory
// the plan was made in and the module directories below it. Module directories are found as
// Terraform finds them: a local source relative to the calling module's directory, an
// installed (remote) module through the modules.json that `terraform init` wrote.
package locate

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/drguard/tflint-ruleset-drguard/cmd/drguard-plan/internal/gate"
	"github.com/drguard/tflint-ruleset-drguard/loader"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Location is a block's file (see display) and the line of its header.
type Location struct {
	File string
	Line int
}

// Index finds resource and import blocks. It reads each module directory once, when first
// asked about it; a directory, file or manifest that cannot be read or parsed only means
// that the blocks in it are not found.
type Index struct {
	root     string      // the root module's directory, as given
	cwd      string      // absolute: output paths are relative to it
	module   gate.Module // the plan's root module: module calls and their sources
	manifest loader.Manifest
	dirs     map[string]*blocks // by cleaned directory
}

// blocks are the blocks of one module directory.
type blocks struct {
	resources map[string]Location // by TYPE.NAME
	imports   map[string]Location // by the full address of the import's target
}

// New returns an index of the configuration in dir, whose module tree (module calls and
// their sources) the plan's configuration.root_module gives.
func New(dir string, root gate.Module) *Index {
	cwd, _ := os.Getwd()
	return &Index{root: dir, cwd: cwd, module: root, dirs: map[string]*blocks{}}
}

// Locate sets the File and Line of every finding it finds a block for: for an import, the
// import block if there is one, else the resource block. The others keep no location.
func (ix *Index) Locate(findings []gate.Finding) {
	for i := range findings {
		f := &findings[i]
		var loc Location
		ok := false
		if f.Imports() {
			loc, ok = ix.Import(f.ConfigAddress())
		}
		if !ok {
			loc, ok = ix.Resource(f.ConfigAddress())
		}
		if ok {
			f.File, f.Line = loc.File, loc.Line
		}
	}
}

// Resource is where the managed resource block of addr is.
func (ix *Index) Resource(addr gate.ConfigAddress) (Location, bool) {
	if addr.Mode != "managed" {
		return Location{}, false
	}
	dir, ok := ix.moduleDir(addr.Modules)
	if !ok {
		return Location{}, false
	}
	loc, ok := ix.read(dir).resources[addr.Type+"."+addr.Name]
	return loc, ok
}

// Import is where the import block that imports into addr is. Import blocks live in the root
// module, whatever module their target is in
// (https://developer.hashicorp.com/terraform/language/import).
func (ix *Index) Import(addr gate.ConfigAddress) (Location, bool) {
	loc, ok := ix.read(ix.root).imports[addr.String()]
	return loc, ok
}

// moduleDir is the directory of the module at a path of module call names.
func (ix *Index) moduleDir(path []string) (string, bool) {
	dir, m := ix.root, ix.module
	for i, name := range path {
		call, ok := m.ModuleCalls[name]
		if !ok {
			return "", false
		}
		if loader.IsLocalSource(call.Source) {
			dir = loader.LocalDir(dir, call.Source)
		} else if dir, ok = ix.installed(strings.Join(path[:i+1], ".")); !ok {
			return "", false
		}
		m = call.Module
	}
	return dir, true
}

// installed is the directory `terraform init` installed the module call at key ("a.b" for
// module.a.module.b) into.
func (ix *Index) installed(key string) (string, bool) {
	if ix.manifest == nil {
		m, err := loader.ReadManifest(ix.root)
		if err != nil {
			m = loader.Manifest{}
		}
		ix.manifest = m
	}
	dir, ok := ix.manifest[key]
	return dir, ok
}

var schema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "import"},
}}

var importSchema = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "to"}}}

// read indexes the resource and import blocks of a module directory's primary files
// (override files only amend blocks that a primary file defines).
func (ix *Index) read(dir string) *blocks {
	dir = filepath.Clean(dir)
	if b, ok := ix.dirs[dir]; ok {
		return b
	}
	b := &blocks{resources: map[string]Location{}, imports: map[string]Location{}}
	ix.dirs[dir] = b
	files, err := loader.ReadModuleDir(dir)
	if err != nil {
		return b
	}
	for _, path := range files.Primary {
		src, err := loader.ReadFile(path, loader.MaxFileSize)
		if err != nil {
			continue
		}
		f, _ := loader.Parse(path, src)
		if f == nil || f.Body == nil {
			continue
		}
		content, _, _ := f.Body.PartialContent(schema)
		if content == nil {
			continue
		}
		for _, block := range content.Blocks {
			loc := Location{File: ix.display(path), Line: block.DefRange.Start.Line}
			switch block.Type {
			case "resource":
				if len(block.Labels) == 2 {
					setOnce(b.resources, block.Labels[0]+"."+block.Labels[1], loc)
				}
			case "import":
				if key, ok := importTarget(block.Body); ok {
					setOnce(b.imports, key, loc)
				}
			}
		}
	}
	return b
}

// setOnce keeps the first block found for a key (Terraform refuses duplicates anyway).
func setOnce(m map[string]Location, key string, loc Location) {
	if _, dup := m[key]; !dup {
		m[key] = loc
	}
}

// importTarget is the resource address an import block's `to` names, instance keys dropped,
// dynamic ones (to = aws_s3_bucket.x[each.key]) included.
func importTarget(body hcl.Body) (string, bool) {
	content, _, _ := body.PartialContent(importSchema)
	if content == nil {
		return "", false
	}
	to, ok := content.Attributes["to"]
	if !ok {
		return "", false
	}
	tr, ok := staticTraversal(to.Expr)
	if !ok {
		return "", false
	}
	addr, err := gate.TraversalAddress(tr)
	if err != nil {
		return "", false
	}
	return addr.String(), true
}

// staticTraversal is the traversal an expression names, with its dynamic instance keys left
// out: aws_s3_bucket.x[each.key] is aws_s3_bucket.x, module.m[each.key].aws_s3_bucket.x is
// module.m.aws_s3_bucket.x.
func staticTraversal(expr hcl.Expression) (hcl.Traversal, bool) {
	switch e := expr.(type) {
	case *hclsyntax.IndexExpr:
		return staticTraversal(e.Collection)
	case *hclsyntax.RelativeTraversalExpr:
		source, ok := staticTraversal(e.Source)
		if !ok {
			return nil, false
		}
		return append(append(hcl.Traversal{}, source...), e.Traversal...), true
	}
	tr, diags := hcl.AbsTraversalForExpr(expr)
	return tr, !diags.HasErrors()
}

// display is a path as the output shows it, with forward slashes: as the configuration
// directory and module sources make it, relative to the current directory; an absolute one
// (an absolute --chdir, or a manifest's absolute directory) relative to the current directory
// when it is below it, else absolute.
func (ix *Index) display(path string) string {
	if filepath.IsAbs(path) && ix.cwd != "" {
		if rel, err := filepath.Rel(ix.cwd, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			path = rel
		}
	}
	return filepath.ToSlash(filepath.Clean(path))
}
