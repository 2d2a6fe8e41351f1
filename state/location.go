// Package state models where Terraform keeps a state: the identity of a state per backend
// type, and the questions drguard asks of two of them (same storage, same state, same lock
// table, which region).
package state

import (
	"slices"
	"sort"
	"strings"
)

// Location is the identity of one Terraform state. Attribute values are kept as written;
// an attribute that is absent or not known is missing from Attrs.
type Location struct {
	// Backend is the backend type; "cloud" is folded into "remote" (one family).
	Backend string
	// Attrs holds the identity attributes that are known, by their backend names
	// (workspaces.name and workspaces.prefix flattened to "workspace" and "workspace_prefix").
	Attrs map[string]string
	// Unknown lists identity attributes that are set but whose value is not known.
	Unknown map[string]bool
}

// backendKind describes how one backend type identifies its state.
type backendKind struct {
	// identity lists the attributes that together name one state.
	identity []string
	// storage lists the attributes that name the storage holding it (a bucket, an account).
	storage []string
	// required lists what a primary_state block must set to name the storage.
	required []string
	// defaults fills identity attributes the backend defaults when they are absent.
	defaults map[string]string
	// region is the attribute that places the storage in a region, if any.
	region string
	// lock is the attribute that names a separate lock table, if any.
	lock string
}

var backends = map[string]backendKind{
	// s3: in the default workspace the state object is `key` itself, whatever the
	// workspace_key_prefix, so bucket and key name the state.
	"s3": {
		identity: []string{"bucket", "key"},
		storage:  []string{"bucket"},
		required: []string{"bucket"},
		region:   "region",
		lock:     "dynamodb_table",
	},
	"gcs": {identity: []string{"bucket", "prefix"}, storage: []string{"bucket"}, required: []string{"bucket"}},
	"azurerm": {
		identity: []string{"storage_account_name", "container_name", "key"},
		storage:  []string{"storage_account_name"},
		required: []string{"storage_account_name"},
	},
	"remote": {
		identity: []string{"hostname", "organization", "workspace", "workspace_prefix"},
		required: []string{"organization", "workspace"},
		defaults: map[string]string{"hostname": "app.terraform.io"},
	},
	"local":  {identity: []string{"path"}, required: []string{"path"}, defaults: map[string]string{"path": "terraform.tfstate"}},
	"consul": {identity: []string{"address", "path"}, required: []string{"path"}},
	"pg": {
		identity: []string{"conn_str", "schema_name"},
		required: []string{"conn_str"},
		defaults: map[string]string{"schema_name": "terraform_remote_state"},
	},
	"http": {identity: []string{"address"}, required: []string{"address"}},
	"kubernetes": {
		identity: []string{"namespace", "secret_suffix"},
		required: []string{"secret_suffix"},
		defaults: map[string]string{"namespace": "default"},
	},
	"oss": {
		identity: []string{"bucket", "prefix", "key"},
		storage:  []string{"bucket"},
		required: []string{"bucket"},
		defaults: map[string]string{"prefix": "env:", "key": "terraform.tfstate"},
		region:   "region",
	},
	"cos": {
		identity: []string{"bucket", "prefix", "key"},
		storage:  []string{"bucket"},
		required: []string{"bucket"},
		defaults: map[string]string{"key": "terraform.tfstate"},
		region:   "region",
	},
}

// RequiredAttributes lists what names the storage of a backend type: the attributes a
// primary_state block of that type must set.
func RequiredAttributes(backend string) []string {
	return backends[family(backend)].required
}

// IdentityAttributes lists every attribute that identifies a state of the backend type, plus
// its region and lock table attributes. Nil for a backend type drguard does not know.
func IdentityAttributes(backend string) []string {
	k, ok := backends[family(backend)]
	if !ok {
		return nil
	}
	out := append([]string{}, k.identity...)
	if k.region != "" {
		out = append(out, k.region)
	}
	if k.lock != "" {
		out = append(out, k.lock)
	}
	return out
}

// PrimaryStateAttributes maps the attributes a primary_state block of the backend type takes to
// the backend's own names: its identity attributes, its region, and its lock table, which a
// primary_state block calls lock_table. Nil for a backend type drguard does not know.
func PrimaryStateAttributes(backend string) map[string]string {
	k, ok := backends[family(backend)]
	if !ok {
		return nil
	}
	out := map[string]string{}
	for _, a := range IdentityAttributes(backend) {
		if !fromNestedBlock[a] {
			out[a] = a
		}
	}
	if k.lock != "" {
		delete(out, k.lock)
		out["lock_table"] = k.lock
	}
	return out
}

// fromNestedBlock are identity attributes that a backend block sets in a nested block
// (workspaces { prefix }) and a primary_state block does not take.
var fromNestedBlock = map[string]bool{"workspace_prefix": true}

// AllPrimaryStateAttributes lists, sorted, every attribute a primary_state block of any backend
// type takes, "backend" included.
func AllPrimaryStateAttributes() []string {
	seen := map[string]bool{"backend": true}
	for b := range backends {
		for a := range PrimaryStateAttributes(b) {
			seen[a] = true
		}
	}
	out := make([]string, 0, len(seen))
	for a := range seen {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// Known reports whether drguard knows the identity of the backend type.
func Known(backend string) bool {
	_, ok := backends[family(backend)]
	return ok
}

// Backends lists the backend types drguard knows, sorted, "cloud" included.
func Backends() []string {
	out := []string{"cloud"}
	for b := range backends {
		out = append(out, b)
	}
	sort.Strings(out)
	return out
}

// family folds backend types that share one identity: "cloud" is the "remote" family.
func family(backend string) string {
	if backend == "cloud" {
		return "remote"
	}
	return backend
}

// New builds a location of the backend type from known attribute values; unknown lists the
// attributes that are set but not known.
func New(backend string, attrs map[string]string, unknown []string) Location {
	l := Location{Backend: family(backend), Attrs: map[string]string{}, Unknown: map[string]bool{}}
	for k, v := range attrs {
		l.Attrs[k] = v
	}
	for _, k := range unknown {
		l.Unknown[k] = true
	}
	return l
}

func (l Location) kind() backendKind {
	if k, ok := backends[l.Backend]; ok {
		return k
	}
	names := make([]string, 0, len(l.Attrs)+len(l.Unknown))
	for k := range l.Attrs {
		names = append(names, k)
	}
	for k := range l.Unknown {
		names = append(names, k)
	}
	sort.Strings(names)
	return backendKind{identity: names}
}

// value returns the attribute's value with the backend's default, and whether it is known.
func (l Location) value(name string) (string, bool) {
	if v, ok := l.Attrs[name]; ok {
		return v, true
	}
	if l.Unknown[name] {
		return "", false
	}
	if d, ok := l.kind().defaults[name]; ok {
		return d, true
	}
	return "", true
}

// Region is the region the state storage sits in, when the backend names one and it is known.
func (l Location) Region() string {
	if r := l.kind().region; r != "" {
		return l.Attrs[r]
	}
	return ""
}

// LockTable is the separate lock table the backend names, if any.
func (l Location) LockTable() string {
	if t := l.kind().lock; t != "" {
		return l.Attrs[t]
	}
	return ""
}

// Storage returns the attribute that names the location's storage and its value: the bucket,
// storage account, organization or path. Empty when not known.
func (l Location) Storage() (attr, name string) {
	k := l.kind()
	for _, a := range append(append([]string{}, k.storage...), k.required...) {
		if v, ok := l.Attrs[a]; ok {
			return a, v
		}
	}
	return "", ""
}

// Match tells how two locations relate.
type Match int

const (
	// Unrelated locations share nothing, or what they share is not known.
	Unrelated Match = iota
	// SameStorage locations share a bucket (s3, gcs, oss, cos) or a storage account (azurerm)
	// but not the full identity.
	SameStorage
	// SameState locations are one state.
	SameState
)

// Covers compares a pattern (a primary_state block, or the location a primary remote state
// reads) with a concrete location. Same state needs every identity attribute set (or
// defaulted) on both sides and equal; same storage needs the storage attributes equal; an
// attribute the pattern leaves out matches anything there (a primary_state block that omits
// key covers the whole bucket). Names match exactly; an ARN matches by its resource part.
func (pattern Location) Covers(l Location) Match {
	if pattern.Backend != l.Backend {
		return Unrelated
	}
	k := l.kind()
	if pattern.agrees(l, k.identity, false) {
		return SameState
	}
	if len(k.storage) > 0 && pattern.agrees(l, k.storage, true) {
		return SameStorage
	}
	if len(k.storage) == 0 && pattern.agrees(l, k.identity, true) {
		return SameState
	}
	return Unrelated
}

// Includes reports whether a pattern (a primary_state block) takes in a concrete location: the
// same state, or any state of its storage when the pattern names no more than the storage (a
// block without key covers the whole bucket; a block with a key covers that key only).
func (pattern Location) Includes(l Location) bool {
	switch pattern.Covers(l) {
	case SameState:
		return true
	case SameStorage:
		return !pattern.narrows()
	}
	return false
}

// narrows reports whether the pattern sets an identity attribute beyond its storage (a key,
// a prefix, a container).
func (pattern Location) narrows() bool {
	k := pattern.kind()
	for _, a := range k.identity {
		if _, set := pattern.Attrs[a]; set && !slices.Contains(k.storage, a) {
			return true
		}
	}
	return false
}

// agrees reports whether the named attributes are known on both sides and equal. With
// wildcards, an attribute the pattern does not set (and has no default for) matches anything.
// An empty list never agrees.
func (pattern Location) agrees(l Location, names []string, wildcards bool) bool {
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		pv, pknown := pattern.value(n)
		if !pknown {
			return false
		}
		if pv == "" {
			if wildcards {
				continue
			}
			return false
		}
		lv, known := l.value(n)
		if !known || !SameName(pv, lv) {
			return false
		}
	}
	return true
}

// SameName compares two names of a bucket, table or account: exactly, or by the resource part
// of an ARN (arn:aws:s3:::NAME, arn:aws:dynamodb:REGION:ACCOUNT:table/NAME).
func SameName(a, b string) bool {
	return a != "" && arnResource(a) == arnResource(b)
}

func arnResource(s string) string {
	if !strings.HasPrefix(s, "arn:") {
		return s
	}
	parts := strings.SplitN(s, ":", 6)
	if len(parts) < 6 {
		return s
	}
	res := parts[5]
	if i := strings.Index(res, "/"); i >= 0 && strings.HasPrefix(res, "table/") {
		res = res[i+1:]
	}
	if i := strings.Index(res, "/"); i >= 0 {
		res = res[:i]
	}
	return res
}
