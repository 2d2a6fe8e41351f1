package benchgen

import (
	"embed"
	"io/fs"
)

// moduleFS holds the shared local child modules every root calls, written as they are:
// network -> subnets and storage -> bucket-policy (two levels, each declaring
// configuration_aliases = [aws.primary] and reading through it), and routes (no
// required_providers, inherits the default aws).
//
//go:embed modules
var moduleFS embed.FS

// moduleDirs are the child module directories, relative to the tree's top, sorted.
var moduleDirs = func() []string {
	entries, err := fs.ReadDir(moduleFS, "modules")
	if err != nil {
		panic(err)
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, "modules/"+e.Name())
		}
	}
	return out
}()

func (g *generator) modules() {
	err := fs.WalkDir(moduleFS, "modules", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := moduleFS.ReadFile(path)
		if err != nil {
			return err
		}
		g.file(path).write(string(src))
		return nil
	})
	if err != nil {
		panic(err)
	}
}
