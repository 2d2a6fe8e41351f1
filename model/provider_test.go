package model

import (
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

func TestParseProviderRef(t *testing.T) {
	tests := []struct {
		src      string
		want     string
		key      string
		keyKnown bool
		err      bool
	}{
		{src: `aws`, want: "aws"},
		{src: `aws.primary`, want: "aws.primary"},
		{src: `"aws.primary"`, want: "aws.primary"},
		{src: `aws.by_region["us-east-1"]`, want: `aws.by_region["us-east-1"]`, key: "us-east-1", keyKnown: true},
		{src: `aws.by_region[each.key]`, want: `aws.by_region[...]`},
		{src: `aws.by_region[0]`, want: `aws.by_region["0"]`, key: "0", keyKnown: true},
		{src: `aws["x"]`, err: true},
		{src: `aws.a.b`, err: true},
		{src: `aws.a["x"]["y"]`, err: true},
		{src: `1 + 2`, err: true},
		{src: `"not a ref!"`, err: true},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			expr, diags := hclsyntax.ParseExpression([]byte(tt.src), "main.tf", hcl.InitialPos)
			if diags.HasErrors() {
				t.Fatal(diags)
			}
			ref, err := ParseProviderRef(expr)
			if tt.err {
				if err == nil {
					t.Fatalf("want an error, got %s", ref)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if ref.String() != tt.want || ref.Key != tt.key || ref.KeyKnown != tt.keyKnown {
				t.Errorf("got %s (key %q known %v)", ref, ref.Key, ref.KeyKnown)
			}
		})
	}
}

func FuzzParseProviderRef(f *testing.F) {
	for _, s := range []string{`aws`, `aws.primary`, `"aws.x"`, `aws.x[each.key]`, `aws.x["k"]`, `a[0].b`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		expr, diags := hclsyntax.ParseExpression([]byte(src), "main.tf", hcl.InitialPos)
		if diags.HasErrors() {
			return
		}
		ref, err := ParseProviderRef(expr)
		if err == nil && ref.Name == "" {
			t.Errorf("%q parsed to a reference without a name", src)
		}
	})
}
