package state

import (
	"reflect"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func s3(attrs map[string]string) Location { return New("s3", attrs, nil) }

func TestCovers(t *testing.T) {
	primaryBucket := s3(map[string]string{"bucket": "primary-terraform-state"})
	primaryState := s3(map[string]string{"bucket": "primary-terraform-state", "key": "network/terraform.tfstate", "region": "us-east-1"})
	tests := []struct {
		name    string
		pattern Location
		l       Location
		want    Match
	}{
		{"whole bucket pattern, same bucket", primaryBucket, s3(map[string]string{"bucket": "primary-terraform-state", "key": "dr.tfstate"}), SameStorage},
		{"same bucket and key", primaryState, s3(map[string]string{"bucket": "primary-terraform-state", "key": "network/terraform.tfstate"}), SameState},
		{"same bucket other key", primaryState, s3(map[string]string{"bucket": "primary-terraform-state", "key": "dr/terraform.tfstate"}), SameStorage},
		{"other bucket", primaryState, s3(map[string]string{"bucket": "dr-terraform-state", "key": "network/terraform.tfstate"}), Unrelated},
		{"substring is not a match", primaryBucket, s3(map[string]string{"bucket": "primary-terraform-state-dr", "key": "k"}), Unrelated},
		{"ARN matches by resource part", s3(map[string]string{"bucket": "arn:aws:s3:::primary-terraform-state", "key": "k"}), s3(map[string]string{"bucket": "primary-terraform-state", "key": "k"}), SameState},
		{"unknown bucket never matches", primaryBucket, New("s3", map[string]string{"key": "k"}, []string{"bucket"}), Unrelated},
		{"workspace prefix does not matter in the default workspace", s3(map[string]string{"bucket": "b", "key": "k", "workspace_key_prefix": "a"}), s3(map[string]string{"bucket": "b", "key": "k"}), SameState},
		{"unknown key is same storage at most", s3(map[string]string{"bucket": "b", "key": "k"}), New("s3", map[string]string{"bucket": "b"}, []string{"key"}), SameStorage},
		{"other backend", primaryBucket, New("gcs", map[string]string{"bucket": "primary-terraform-state"}, nil), Unrelated},
		{"gcs same bucket other prefix", New("gcs", map[string]string{"bucket": "b", "prefix": "primary"}, nil), New("gcs", map[string]string{"bucket": "b", "prefix": "dr"}, nil), SameStorage},
		{"azurerm same account", New("azurerm", map[string]string{"storage_account_name": "acct"}, nil), New("azurerm", map[string]string{"storage_account_name": "acct", "container_name": "c", "key": "k"}, nil), SameStorage},
		{"azurerm same state", New("azurerm", map[string]string{"storage_account_name": "acct", "container_name": "c", "key": "k"}, nil), New("azurerm", map[string]string{"storage_account_name": "acct", "container_name": "c", "key": "k"}, nil), SameState},
		{"azurerm other account", New("azurerm", map[string]string{"storage_account_name": "acct"}, nil), New("azurerm", map[string]string{"storage_account_name": "acct2"}, nil), Unrelated},
		{"cloud is the remote family, default hostname", New("remote", map[string]string{"organization": "o", "workspace": "w"}, nil), New("cloud", map[string]string{"organization": "o", "workspace": "w", "hostname": "app.terraform.io"}, nil), SameState},
		{"remote other workspace", New("remote", map[string]string{"organization": "o", "workspace": "w"}, nil), New("remote", map[string]string{"organization": "o", "workspace": "x"}, nil), Unrelated},
		{"local same path", New("local", map[string]string{"path": "a.tfstate"}, nil), New("local", map[string]string{"path": "a.tfstate"}, nil), SameState},
		{"local default path", New("local", map[string]string{"path": "terraform.tfstate"}, nil), New("local", nil, nil), SameState},
		{"unknown backend type, all attributes", New("swift", map[string]string{"container": "c"}, nil), New("swift", map[string]string{"container": "c"}, nil), SameState},
		{"unknown backend type, differs", New("swift", map[string]string{"container": "c"}, nil), New("swift", map[string]string{"container": "d"}, nil), Unrelated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.pattern.Covers(tt.l); got != tt.want {
				t.Errorf("Covers() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSameName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"primary-tf-locks", "primary-tf-locks", true},
		{"arn:aws:dynamodb:us-east-1:123456789012:table/primary-tf-locks", "primary-tf-locks", true},
		{"arn:aws:s3:::bucket/some/key", "bucket", true},
		{"primary-tf-locks", "primary-tf-locks-dr", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := SameName(tt.a, tt.b); got != tt.want {
			t.Errorf("SameName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestFromValues(t *testing.T) {
	l := FromValues("remote", map[string]cty.Value{
		"organization": cty.StringVal("acme"),
		"workspaces":   cty.ObjectVal(map[string]cty.Value{"name": cty.StringVal("network")}),
		"hostname":     cty.UnknownVal(cty.String),
		"token":        cty.NullVal(cty.String),
	})
	if l.Attrs["organization"] != "acme" || l.Attrs["workspace"] != "network" {
		t.Errorf("attrs = %v", l.Attrs)
	}
	if !l.Unknown["hostname"] {
		t.Errorf("hostname should be unknown: %v", l.Unknown)
	}
	if _, ok := l.Attrs["token"]; ok {
		t.Errorf("null token should be absent")
	}
	s := FromValues("s3", map[string]cty.Value{"bucket": cty.StringVal("b"), "region": cty.StringVal("us-east-1"), "dynamodb_table": cty.StringVal("locks")})
	if s.Region() != "us-east-1" || s.LockTable() != "locks" {
		t.Errorf("region %q lock %q", s.Region(), s.LockTable())
	}
	if attr, name := s.Storage(); attr != "bucket" || name != "b" {
		t.Errorf("Storage() = %q, %q", attr, name)
	}
}

func TestParseBackendFile(t *testing.T) {
	v, err := ParseBackendFile("dr.s3.tfbackend", []byte("bucket = \"dr-terraform-state\"\nregion = \"us-west-2\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if v["bucket"].AsString() != "dr-terraform-state" {
		t.Errorf("bucket = %#v", v["bucket"])
	}
	for _, bad := range []string{"bucket = ", "bucket = var.x", "backend \"s3\" {}"} {
		if _, err := ParseBackendFile("x.tfbackend", []byte(bad)); err == nil {
			t.Errorf("%q: want an error", bad)
		}
	}
}

func FuzzParseBackendFile(f *testing.F) {
	f.Add([]byte("bucket = \"b\"\nkey = \"k\"\n"))
	f.Add([]byte("workspaces = { name = \"w\" }"))
	f.Add([]byte("x = [1, true, null]"))
	f.Fuzz(func(t *testing.T, src []byte) {
		values, err := ParseBackendFile("fuzz.tfbackend", src)
		if err != nil {
			return
		}
		for _, b := range Backends() {
			l := FromValues(b, values)
			l.Covers(l)
			l.Region()
			l.LockTable()
			l.Storage()
		}
	})
}

// A backend is added in one place, the backends table: its primary_state attributes, the
// plugin block's schema (AllPrimaryStateAttributes) and the content drguard requests of a
// backend block (IdentityAttributes) all follow from its entry.
func TestOneEditPointPerBackend(t *testing.T) {
	backends["fake"] = backendKind{identity: []string{"vault", "slot"}, storage: []string{"vault"}, required: []string{"vault"}, region: "zone_group", lock: "lock_name"}
	defer delete(backends, "fake")

	if got := PrimaryStateAttributes("fake"); !reflect.DeepEqual(got, map[string]string{"vault": "vault", "slot": "slot", "zone_group": "zone_group", "lock_table": "lock_name"}) {
		t.Errorf("PrimaryStateAttributes(fake) = %v", got)
	}
	all := strings.Join(AllPrimaryStateAttributes(), ",")
	for _, want := range []string{"vault", "slot", "zone_group", "lock_table", "backend", "bucket"} {
		if !strings.Contains(","+all+",", ","+want+",") {
			t.Errorf("AllPrimaryStateAttributes() = %s, missing %s", all, want)
		}
	}
	if strings.Contains(all, "lock_name") || strings.Contains(all, "workspace_prefix") {
		t.Errorf("AllPrimaryStateAttributes() = %s: a backend's own lock attribute and nested-block attributes are not primary_state attributes", all)
	}
	if got := IdentityAttributes("fake"); !reflect.DeepEqual(got, []string{"vault", "slot", "zone_group", "lock_name"}) {
		t.Errorf("IdentityAttributes(fake) = %v", got)
	}
	if !Known("fake") || !strings.Contains(strings.Join(Backends(), ","), "fake") {
		t.Error("the fake backend is not known")
	}
	l := New("fake", map[string]string{"vault": "v1", "slot": "a", "zone_group": "eu"}, nil)
	if l.Region() != "eu" || New("fake", map[string]string{"vault": "v1"}, nil).Covers(l) != SameStorage {
		t.Errorf("region %q, covers %v", l.Region(), New("fake", map[string]string{"vault": "v1"}, nil).Covers(l))
	}
}
