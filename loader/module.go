package loader

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
)

// Module is one module directory as Terraform reads it.
type Module struct {
	// Dir is the directory's real path (symlinks resolved).
	Dir string
	// Files are the configuration files read (primary and override), base names, sorted.
	Files []string
	// Content is the directory's content under the schema: the primary files (*.tf, *.tf.json,
	// lexical order) merged, then each override file (*_override.tf, override.tf and their
	// .tf.json twins, lexical order) merged into it as Terraform merges overrides
	// (MergeOverrides). Ranges name files under Dir. It is shared by every reader of the
	// cache: do not change it.
	Content *hclext.BodyContent
	// ProxyProviders are the keys ("aws", "aws.east") of provider blocks that set nothing but
	// alias (and the deprecated version) and have no nested blocks — also after overrides.
	// When a module call passes a configuration under such a key, Terraform uses the passed
	// configuration and drops the block.
	ProxyProviders map[string]bool
	// Sources are the files' bytes, by the file name the content's ranges give.
	Sources map[string][]byte
}

// DirError says why a module directory cannot be read, for a message.
type DirError struct {
	// Dir is the directory as given to Cache.Read or RealDir.
	Dir string
	// NotExist marks a directory that does not exist.
	NotExist bool
	// File is the absolute path of the file at fault; "" when the directory itself is.
	File string
	// Line and Column are the position of a parse or content error in File (0 when none).
	Line, Column int
	// Reason is in plain words: "does not exist", "is not a directory", "is a named pipe, not
	// a regular file", "is larger than 8 MiB", or the summary of the HCL diagnostic
	// ("Argument or block definition required").
	Reason string
}

func (e *DirError) Error() string {
	switch {
	case e.File == "":
		return e.Dir + " " + e.Reason
	case e.Line > 0:
		return fmt.Sprintf("%s:%d,%d: %s", e.File, e.Line, e.Column, e.Reason)
	}
	return e.File + " " + e.Reason
}

// RealDir returns the absolute path of a directory with every symlink resolved, so that one
// directory reached by several paths has one name. A path that does not exist (or a dangling
// symlink) is a *DirError with NotExist set; RealDir does not check that the path is a
// directory.
func RealDir(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err == nil {
		abs, err = filepath.EvalSymlinks(abs)
	}
	if err != nil {
		return "", &DirError{Dir: dir, NotExist: errors.Is(err, fs.ErrNotExist), Reason: dirReason(err)}
	}
	return abs, nil
}

// dirReason renders an error resolving a directory in plain words.
func dirReason(err error) string {
	switch {
	case errors.Is(err, syscall.ENOTDIR):
		return "is not a directory"
	case errors.Is(err, syscall.ELOOP) || strings.HasSuffix(err.Error(), "too many links"):
		return "is a symbolic link loop"
	}
	return reason(err)
}

// Cache reads module directories once each, by real path, for the life of one model (one
// TFLint runner): it is not global, so a long-lived language server does not grow with edits.
// It is safe for concurrent use.
type Cache struct {
	schema *hclext.BodySchema
	mu     sync.Mutex
	// entries are by real path; paths are the entries by path as given (cleaned).
	entries map[string]*cacheEntry
	paths   map[string]*cacheEntry
}

type cacheEntry struct {
	// dir is the real path; err is set from the start when it cannot be resolved.
	dir  string
	once sync.Once
	mod  *Module
	err  *DirError
}

// NewCache returns a cache that reads module directories with the schema (with nil, Content
// is empty, and ProxyProviders are still found: they come from the files). Provider blocks are matched by alias when overrides merge, so a
// provider block schema that lacks `alias` gets it (the schema given is not changed).
func NewCache(schema *hclext.BodySchema) *Cache {
	return &Cache{schema: withProviderAlias(schema), entries: map[string]*cacheEntry{}, paths: map[string]*cacheEntry{}}
}

// Read returns the module in dir (an absolute path), reading it on first use. A second Read of
// the same directory, by any path that resolves to it, returns the same *Module, or the same
// error, as a *DirError naming the dir given. Each path is resolved once too: within one cache,
// a directory missing at first stays missing.
func (c *Cache) Read(dir string) (*Module, error) {
	e := c.entry(dir)
	e.once.Do(func() {
		if e.err == nil {
			e.mod, e.err = readModule(e.dir, c.schema)
		}
	})
	if e.err != nil {
		out := *e.err
		out.Dir = dir
		return nil, &out
	}
	return e.mod, nil
}

// entry returns the entry of a directory, resolving the path on first use.
func (c *Cache) entry(dir string) *cacheEntry {
	path := filepath.Clean(dir)
	c.mu.Lock()
	e := c.paths[path]
	c.mu.Unlock()
	if e != nil {
		return e
	}
	real, err := RealDir(dir)
	key := real
	if err != nil {
		key = "\x00" + path
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.paths[path]; e != nil {
		return e
	}
	e = c.entries[key]
	if e == nil {
		e = &cacheEntry{dir: real}
		if err != nil {
			e.err = err.(*DirError)
		}
		c.entries[key] = e
	}
	c.paths[path] = e
	return e
}

// readModule reads the module in a real directory. The errors name the real directory.
func readModule(dir string, schema *hclext.BodySchema) (*Module, *DirError) {
	files, err := ReadModuleDir(dir)
	if err != nil {
		fe := err.(*FileError)
		return nil, &DirError{Dir: dir, NotExist: fe.NotExist, Reason: fe.Reason}
	}
	var primaries, overrides []string
	for _, p := range files.Primary {
		primaries = append(primaries, filepath.Base(p))
	}
	for _, p := range files.Override {
		overrides = append(overrides, filepath.Base(p))
	}

	mod := &Module{Dir: dir, Content: &hclext.BodyContent{Attributes: hclext.Attributes{}}, Sources: map[string][]byte{}}
	proxies := proxyTracker{}
	for _, name := range primaries {
		body, content, src, derr := readFile(dir, name, schema)
		if derr != nil {
			return nil, derr
		}
		mod.Sources[filepath.Join(dir, name)] = src
		for k, a := range content.Attributes {
			mod.Content.Attributes[k] = a
		}
		mod.Content.Blocks = append(mod.Content.Blocks, content.Blocks...)
		proxies.add(body, false)
	}
	for _, name := range overrides {
		body, content, src, derr := readFile(dir, name, schema)
		if derr != nil {
			return nil, derr
		}
		mod.Sources[filepath.Join(dir, name)] = src
		MergeOverrides(mod.Content, content)
		proxies.add(body, true)
	}
	mod.Files = append(append(mod.Files, primaries...), overrides...)
	sort.Strings(mod.Files)
	mod.ProxyProviders = proxies.keys()
	return mod, nil
}

// readFile reads, parses and decodes one configuration file of a module directory.
func readFile(dir, name string, schema *hclext.BodySchema) (hcl.Body, *hclext.BodyContent, []byte, *DirError) {
	path := filepath.Join(dir, name)
	src, err := ReadFile(path, MaxFileSize)
	if err != nil {
		var fe *FileError
		if errors.As(err, &fe) {
			return nil, nil, nil, &DirError{Dir: dir, File: path, Reason: fe.Reason}
		}
		return nil, nil, nil, &DirError{Dir: dir, File: path, Reason: reason(err)}
	}
	file, diags := Parse(path, src)
	if diags.HasErrors() {
		return nil, nil, nil, diagError(dir, path, diags)
	}
	content, diags := hclext.PartialContent(file.Body, schema)
	if diags.HasErrors() {
		return nil, nil, nil, diagError(dir, path, diags)
	}
	return file.Body, content, src, nil
}

// diagError is the first error of diags, at its position.
func diagError(dir, path string, diags hcl.Diagnostics) *DirError {
	e := &DirError{Dir: dir, File: path}
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		e.Reason = d.Summary
		if d.Subject != nil {
			e.Line, e.Column = d.Subject.Start.Line, d.Subject.Start.Column
		}
		break
	}
	if e.Reason == "" {
		e.Reason = "cannot be parsed"
	}
	return e
}

// withProviderAlias returns the schema with `alias` requested in provider blocks (a copy of
// what it changes).
func withProviderAlias(schema *hclext.BodySchema) *hclext.BodySchema {
	if schema == nil {
		return &hclext.BodySchema{}
	}
	for i, b := range schema.Blocks {
		if b.Type != "provider" {
			continue
		}
		if b.Body != nil && b.Body.Mode == hclext.SchemaJustAttributesMode {
			return schema
		}
		body := &hclext.BodySchema{}
		if b.Body != nil {
			*body = *b.Body
		}
		for _, a := range body.Attributes {
			if a.Name == "alias" {
				return schema
			}
		}
		body.Attributes = append(append([]hclext.AttributeSchema(nil), body.Attributes...), hclext.AttributeSchema{Name: "alias"})
		out := *schema
		out.Blocks = append([]hclext.BlockSchema(nil), schema.Blocks...)
		out.Blocks[i].Body = body
		return &out
	}
	return schema
}

// proxyTracker follows which provider blocks are proxies through the files of a module, in
// the order Terraform merges them.
type proxyTracker map[string]bool

var (
	providerHeader = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "provider", LabelNames: []string{"name"}}}}
	proxyArguments = &hcl.BodySchema{Attributes: []hcl.AttributeSchema{{Name: "alias"}, {Name: "version"}}}
)

// add records the provider blocks of a file's raw body. A primary block's key is a proxy when
// its block is one (the first block of a key counts: a second is a duplicate Terraform
// rejects); an override block keeps a proxy a proxy only when it is one itself, and one with
// no block to merge into stands as written.
func (p proxyTracker) add(body hcl.Body, override bool) {
	content, _, _ := body.PartialContent(providerHeader)
	if content == nil {
		return
	}
	for _, b := range content.Blocks {
		if len(b.Labels) == 0 {
			continue
		}
		meta, rest, diags := b.Body.PartialContent(proxyArguments)
		if diags.HasErrors() {
			continue
		}
		var alias hcl.Expression
		if a := meta.Attributes["alias"]; a != nil {
			alias = a.Expr
		}
		key, ok := providerKey(b.Labels[0], alias)
		if !ok {
			continue
		}
		_, diags = rest.Content(&hcl.BodySchema{})
		proxy := !diags.HasErrors()
		was, seen := p[key]
		switch {
		case !seen:
			p[key] = proxy
		case override:
			p[key] = was && proxy
		}
	}
}

func (p proxyTracker) keys() map[string]bool {
	out := map[string]bool{}
	for k, proxy := range p {
		if proxy {
			out[k] = true
		}
	}
	return out
}
