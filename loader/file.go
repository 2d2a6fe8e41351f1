// Package loader finds and reads what drguard reads from disk itself: module directories
// (local sources, modules installed by `terraform init` under the data directory), their
// Terraform files, and any other file it is pointed at, always as regular files of bounded size.
package loader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// MaxFileSize bounds every configuration file drguard reads itself: a .tf or .tf.json file, a
// modules.json manifest, a .tfvars or .tfbackend file.
const MaxFileSize = 8 << 20

// ReadFile reads a regular file (a symlink to one is fine) of at most limit bytes. Anything
// else, a directory, a named pipe, a device such as /dev/zero, a socket, or a larger file, is
// an error in plain words, so that no input can make drguard hang or exhaust memory.
func ReadFile(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, &FileError{Path: path, Reason: reason(err), NotExist: errors.Is(err, fs.ErrNotExist)}
	}
	if what := kind(info.Mode()); what != "" {
		return nil, &FileError{Path: path, Reason: "is " + what + ", not a regular file"}
	}
	if info.Size() > limit {
		return nil, &FileError{Path: path, Reason: fmt.Sprintf("is larger than %s", size(limit))}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{Path: path, Reason: reason(err)}
	}
	defer f.Close()
	// The file may have grown since Stat: read one byte more than allowed to tell.
	src, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, &FileError{Path: path, Reason: reason(err)}
	}
	if int64(len(src)) > limit {
		return nil, &FileError{Path: path, Reason: fmt.Sprintf("is larger than %s", size(limit))}
	}
	return src, nil
}

// FileError says why a file cannot be read, in words for a message ("is a directory, not a
// regular file"); Path is the path as given.
type FileError struct {
	Path   string
	Reason string
	// NotExist marks a file that does not exist.
	NotExist bool
}

func (e *FileError) Error() string { return e.Path + " " + e.Reason }

// kind names a file mode that is not a regular file ("" for a regular file).
func kind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

func size(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// reason renders an error of the file system in plain words.
func reason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case errors.Is(err, fs.ErrPermission):
		return "cannot be read (permission denied)"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return "cannot be read (" + pe.Err.Error() + ")"
	}
	return "cannot be read (" + err.Error() + ")"
}

// Parse parses a configuration file's content: JSON syntax when its name ends in .json, HCL
// native syntax otherwise, as Terraform reads .tf and .tf.json, .tfvars and .tfvars.json.
func Parse(path string, src []byte) (*hcl.File, hcl.Diagnostics) {
	if strings.HasSuffix(path, ".json") {
		return hcljson.Parse(src, path)
	}
	return hclsyntax.ParseConfig(src, path, hcl.InitialPos)
}
