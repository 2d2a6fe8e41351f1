#!/usr/bin/env bash
# make release-check: proves that a release built from .goreleaser.yml installs and runs the
# way `tflint --init` installs a published release.
#
#  0. The release notes: scripts/release-notes.sh must find a section of CHANGELOG.md for
#     project.Version, the version the next tag releases (the release workflow passes that
#     section to GoReleaser with --release-notes, and fails without one).
#  1. `goreleaser check`, then a snapshot release (`--snapshot --clean --skip=sign,publish`)
#     into dist/: every archive is built as on a tag push, without signing or uploading.
#  2. Checks the assets (scripts/check-release-archives.sh): tflint-ruleset-drguard_<os>_<arch>.zip
#     for linux, darwin and windows on amd64 and arm64, the asset `tflint --init` downloads,
#     each holding the binary and LICENSE, with its sha256 in checksums.txt; and the
#     drguard-plan archives beside them, with LICENSE too.
#  3. Unzips this machine's zip into a temporary plugin directory at the path `tflint --init`
#     installs to, <plugin dir>/github.com/drguard/tflint-ruleset-drguard/<version>/, with
#     <version> the snapshot version, and runs the pinned TFLint over a copy of
#     examples/dr-broken whose .tflint.hcl names that source and version: `tflint --init`
#     must find the plugin installed, `tflint --version` must show the stamped version, and
#     the lint must exit 2 with a finding of every rule below.
#  4. With gpg installed: a second snapshot, signed with a throwaway RSA key as the release
#     workflow signs with the maintainers' key, and `gpg --verify` of checksums.txt.sig.
#
# It writes nothing in the repository but dist/ (and GoReleaser and TFLint into .tools/bin,
# through the Makefile); the plugin directory and the example copy live in a temporary
# directory that is removed on exit.
#
# Environment: GORELEASER and TFLINT (default .tools/bin/goreleaser, .tools/bin/tflint).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
goreleaser=${GORELEASER:-$root/.tools/bin/goreleaser}
tflint=${TFLINT:-$root/.tools/bin/tflint}

plugin="tflint-ruleset-drguard"
source=github.com/drguard/tflint-ruleset-drguard
# examples/dr-broken holds one of each of these mistakes.
expected_rules="drguard_primary_provider_resource drguard_primary_provider_module drguard_resource_region drguard_provider_region drguard_provider_region_implicit drguard_shared_backend drguard_writable_remote_state"

fail() {
	echo "release-check: $*" >&2
	exit 1
}

for tool in "$goreleaser" "$tflint"; do
	[ -x "$tool" ] || fail "$tool is missing; run it through make release-check, which installs it"
done
for cmd in unzip tar git; do
	command -v "$cmd" >/dev/null || fail "$cmd is needed"
done

project_version=$(sed -n 's/^var Version = "\([^"]*\)"$/\1/p' project/project.go)
[ -n "$project_version" ] || fail "cannot read Version from project/project.go"
echo "==> release notes for $project_version (scripts/release-notes.sh, from CHANGELOG.md)"
notes=$(scripts/release-notes.sh "$project_version") || fail "CHANGELOG.md has no release notes for $project_version"
printf '%s\n' "$notes" | head -n 5
echo "... ($(printf '%s\n' "$notes" | wc -l | tr -d ' ') lines)"

echo "==> goreleaser check"
"$goreleaser" check

echo "==> goreleaser release --snapshot --clean --skip=sign,publish"
"$goreleaser" release --snapshot --clean --skip=sign,publish

version=$(sed -n 's/.*"version":"\([^"]*\)".*/\1/p' dist/metadata.json)
[ -n "$version" ] || fail "no version in dist/metadata.json"

echo "==> release assets (version $version)"
scripts/check-release-archives.sh dist

host=$(go env GOHOSTOS)_$(go env GOHOSTARCH)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
plugin_dir=$tmp/plugins
install_dir=$plugin_dir/$source/$version
mkdir -p "$install_dir"
unzip -q "dist/${plugin}_$host.zip" -d "$install_dir"

work=$tmp/dr-broken
cp -R examples/dr-broken "$work"
cat >"$work/.tflint.hcl" <<EOF
plugin "terraform" {
  enabled = false
}

plugin "drguard" {
  enabled = true
  version = "$version"
  source  = "$source"
}
EOF
export TFLINT_PLUGIN_DIR=$plugin_dir

echo "==> installed as tflint --init would: \$TFLINT_PLUGIN_DIR/${install_dir#"$plugin_dir"/}/$plugin (from ${plugin}_$host.zip)"
echo "==> tflint --init"
init_out=$(cd "$work" && "$tflint" --init 2>&1) || fail "tflint --init failed: $init_out"
echo "$init_out"
case $init_out in
*"All plugins are already installed"*) ;;
*) fail "tflint --init did not find the plugin installed" ;;
esac

echo "==> tflint --version"
version_out=$(cd "$work" && "$tflint" --version 2>&1) || fail "tflint --version failed: $version_out"
echo "$version_out"
case $version_out in
*"+ ruleset.drguard ($version)"*) ;;
*) fail "tflint --version does not show ruleset.drguard ($version): the version was not stamped into project.Version" ;;
esac

echo "==> tflint --format compact over a copy of examples/dr-broken (expect exit 2)"
rc=0
lint_out=$(cd "$work" && "$tflint" --format compact 2>&1) || rc=$?
echo "$lint_out"
[ "$rc" -eq 2 ] || fail "tflint exited $rc, want 2 (issues found)"
for rule in $expected_rules; do
	case $lint_out in
	*"($rule)"*) ;;
	*) fail "no $rule finding" ;;
	esac
done
# The release signs checksums.txt with the maintainers' key; this checks that the signing step
# works and that the signature still matches checksums.txt once GoReleaser is done (v2.15
# rewrites checksums.txt after signing unless checksum.ids excludes the signature), with a
# throwaway RSA key (TFLint verifies with golang.org/x/crypto/openpgp, which has no Ed25519).
if command -v gpg >/dev/null; then
	echo "==> signing: a second snapshot signed with a throwaway key, then gpg --verify"
	export GNUPGHOME=$tmp/gnupg
	mkdir -m 700 "$GNUPGHOME"
	trap 'gpgconf --kill gpg-agent >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
	gpg --batch --quiet --passphrase '' --quick-gen-key 'drguard release-check <release-check@example.invalid>' rsa3072 sign 1d 2>/dev/null
	fingerprint=$(gpg --list-keys --with-colons 2>/dev/null | awk -F: '/^fpr/ { print $10; exit }')
	GPG_FINGERPRINT=$fingerprint "$goreleaser" release --snapshot --clean --skip=publish >"$tmp/signed.log" 2>&1 ||
		{ cat "$tmp/signed.log" >&2; fail "the signed snapshot failed"; }
	[ -f dist/checksums.txt.sig ] || fail "dist/checksums.txt.sig is missing"
	! grep -q 'checksums.txt.sig$' dist/checksums.txt || fail "checksums.txt lists its own signature"
	gpg --batch --verify dist/checksums.txt.sig dist/checksums.txt 2>/dev/null || fail "checksums.txt.sig does not verify against checksums.txt"
	echo "dist/checksums.txt.sig: good signature over dist/checksums.txt"
else
	echo "==> signing: skipped (no gpg)"
fi

echo "==> release-check passed: version $version installs and reports all of: $expected_rules"
