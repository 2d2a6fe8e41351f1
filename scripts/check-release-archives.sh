#!/usr/bin/env bash
# Checks the release archives in a GoReleaser dist directory (scripts/release-check.sh runs it
# on the snapshot it builds):
#
#   scripts/check-release-archives.sh dist
#
#  - tflint-ruleset-drguard_<os>_<arch>.zip for linux, darwin and windows on amd64 and arm64,
#    the asset `tflint --init` downloads, each holding exactly tflint-ruleset-drguard[.exe] and
#    LICENSE at the top level (TFLint extracts the binary by that name and skips other files);
#  - drguard-plan_<os>_<arch>.tar.gz (.zip for windows), each holding exactly
#    drguard-plan[.exe] and LICENSE;
#  - every LICENSE identical to the repository's LICENSE (MPL-2.0, which asks that the licence
#    travel with the executable form);
#  - every archive's sha256 in checksums.txt, and matching it.
set -euo pipefail

if [ "$#" -ne 1 ]; then
	echo "usage: $0 DIST_DIR" >&2
	exit 2
fi
dist=$1
license=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/LICENSE

plugin=tflint-ruleset-drguard
platforms="linux_amd64 linux_arm64 darwin_amd64 darwin_arm64 windows_amd64 windows_arm64"

fail() {
	echo "check-release-archives: $*" >&2
	exit 1
}

[ -f "$license" ] || fail "$license is missing"
for cmd in unzip tar; do
	command -v "$cmd" >/dev/null || fail "$cmd is needed"
done
if command -v sha256sum >/dev/null; then
	sha256=(sha256sum)
else
	sha256=(shasum -a 256) # macOS
fi

cd "$dist"
[ -f checksums.txt ] || fail "$dist/checksums.txt is missing"

# list ARCHIVE: its entries, one a line, sorted.
list() {
	case $1 in
	*.zip) unzip -Z1 "$1" ;;
	*.tar.gz) tar -tzf "$1" ;;
	esac | sort
}

# extract ARCHIVE FILE: FILE's content on stdout.
extract() {
	case $1 in
	*.zip) unzip -p "$1" "$2" ;;
	*.tar.gz) tar -xzOf "$1" "$2" ;;
	esac
}

# words LINES: the lines joined with spaces.
words() {
	printf '%s\n' "$1" | paste -sd ' ' -
}

# check ARCHIVE BINARY: exactly BINARY and LICENSE, the repository's LICENSE, in checksums.txt.
check() {
	local archive=$1 bin=$2 entries want
	[ -f "$archive" ] || fail "$dist/$archive is missing"
	entries=$(list "$archive")
	want=$(printf '%s\n' "$bin" LICENSE | sort)
	[ "$entries" = "$want" ] || fail "$archive holds [$(words "$entries")], want [$(words "$want")]"
	extract "$archive" LICENSE | cmp -s - "$license" || fail "$archive: LICENSE differs from the repository's LICENSE"
	grep -q "  $archive\$" checksums.txt || fail "checksums.txt has no line for $archive"
	grep "  $archive\$" checksums.txt | "${sha256[@]}" --check --quiet || fail "$archive does not match checksums.txt"
	echo "$archive: $bin and LICENSE, sha256 $(grep "  $archive\$" checksums.txt | cut -c1-16)... verified"
}

for p in $platforms; do
	exe=
	case $p in windows_*) exe=.exe ;; esac
	check "${plugin}_$p.zip" "$plugin$exe"
done
for p in $platforms; do
	case $p in
	windows_*) check "drguard-plan_$p.zip" drguard-plan.exe ;;
	*) check "drguard-plan_$p.tar.gz" drguard-plan ;;
	esac
done
