package loader

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ModuleFiles are the configuration files of a module directory, as Terraform reads them:
// paths joined to the directory, each list sorted by name.
type ModuleFiles struct {
	// Primary are the *.tf and *.tf.json files.
	Primary []string
	// Override are override.tf, *_override.tf and their .tf.json twins, which Terraform merges
	// into the blocks of the primary files.
	Override []string
}

// ReadModuleDir lists the configuration files of a module directory the way Terraform does
// (dirFiles and IsIgnoredFile in
// https://github.com/hashicorp/terraform/blob/v1.11.4/internal/configs/parser_config_dir.go):
// regular files and symlinks to them named *.tf or *.tf.json, but no subdirectory and no
// hidden or editor file (a name starting with "." or ending with "~", or an Emacs "#name#").
// A directory that does not exist or cannot be read is a *FileError.
func ReadModuleDir(dir string) (ModuleFiles, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		fe := &FileError{Path: dir, Reason: reason(err), NotExist: errors.Is(err, fs.ErrNotExist)}
		if info, err := os.Stat(dir); err == nil && !info.IsDir() {
			fe.Reason = "is not a directory"
		}
		return ModuleFiles{}, fe
	}
	var out ModuleFiles
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		path := filepath.Join(dir, e.Name())
		switch fileKind(e.Name()) {
		case primaryFile:
			out.Primary = append(out.Primary, path)
		case overrideFile:
			out.Override = append(out.Override, path)
		}
	}
	sort.Strings(out.Primary)
	sort.Strings(out.Override)
	return out, nil
}

type kindOfFile int

const (
	notConfig kindOfFile = iota
	primaryFile
	overrideFile
)

// fileKind tells how Terraform treats a file of a module directory by its name: *.tf and
// *.tf.json files are configuration, those named override or *_override (before the
// extension) are override files, and hidden files (".*") and editor files ("*~", "#*#") are
// ignored. ("#main.tf" is read: only a name both starting and ending with "#" is an Emacs
// file, and that one does not end in .tf.)
func fileKind(name string) kindOfFile {
	if strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") || strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#") {
		return notConfig
	}
	base, ok := strings.CutSuffix(name, ".tf")
	if !ok {
		if base, ok = strings.CutSuffix(name, ".tf.json"); !ok {
			return notConfig
		}
	}
	if base == "override" || strings.HasSuffix(base, "_override") {
		return overrideFile
	}
	return primaryFile
}
