package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
)

// IsLocalSource reports whether a module source is a local directory: it starts with ./ or ../,
// or, as Terraform accepts on Windows, .\ or ..\.
// https://developer.hashicorp.com/terraform/language/modules/sources#local-paths
func IsLocalSource(source string) bool {
	for _, prefix := range []string{"./", "../", `.\`, `..\`} {
		if strings.HasPrefix(source, prefix) {
			return true
		}
	}
	return false
}

// LocalDir is the directory of a local source, relative to the calling module's directory;
// backslashes are separators, as on Windows.
func LocalDir(callerDir, source string) string {
	return filepath.Join(callerDir, filepath.FromSlash(strings.ReplaceAll(source, `\`, "/")))
}

// DataDir is the directory `terraform init` installs into for a root module: TF_DATA_DIR when
// set (relative to the root module's directory, where Terraform runs), else .terraform.
func DataDir(rootDir string) string {
	if d := os.Getenv("TF_DATA_DIR"); d != "" {
		if filepath.IsAbs(d) {
			return d
		}
		return filepath.Join(rootDir, d)
	}
	return filepath.Join(rootDir, ".terraform")
}

// ManifestPath is the modules.json that `terraform init` writes for a root module.
func ManifestPath(rootDir string) string {
	return filepath.Join(DataDir(rootDir), "modules", "modules.json")
}

// Manifest maps the key of each installed module call (call names joined by dots:
// "net.subnets") to its directory, absolute.
type Manifest map[string]string

// ReadManifest reads the modules.json of a root module. A missing manifest is an empty one
// (nothing installed); one that cannot be read or is not a manifest is an error. A relative Dir
// is relative to the root module's directory; an absolute one is used as is.
func ReadManifest(rootDir string) (Manifest, error) {
	src, err := ReadFile(ManifestPath(rootDir), MaxFileSize)
	if fe, ok := err.(*FileError); ok && fe.NotExist {
		return Manifest{}, nil
	}
	if err != nil {
		return nil, err
	}
	return ParseManifest(rootDir, src)
}

// ParseManifest decodes the content of a modules.json.
func ParseManifest(rootDir string, src []byte) (Manifest, error) {
	var manifest struct {
		Modules []struct {
			Key string `json:"Key"`
			Dir string `json:"Dir"`
		} `json:"Modules"`
	}
	if err := json.Unmarshal(src, &manifest); err != nil {
		return nil, &FileError{Path: ManifestPath(rootDir), Reason: "is not a modules.json manifest (" + err.Error() + ")"}
	}
	out := Manifest{}
	for _, mod := range manifest.Modules {
		if mod.Key == "" || mod.Dir == "" {
			continue
		}
		dir := filepath.FromSlash(strings.ReplaceAll(mod.Dir, `\`, "/"))
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(rootDir, dir)
		}
		out[mod.Key] = dir
	}
	return out, nil
}
